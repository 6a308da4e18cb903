"""Decontamination: find training problems that overlap a benchmark problem.

Two signals, both cheap and explainable:

* **statement overlap**: statements are lower-cased and reduced to word tokens (letters and
  digits); sample sections (``Sample Input``/``Example``) are cut off first, since shared
  formats would otherwise dominate. ``overlap(a, b)`` is the share of ``b``'s word n-grams
  (n = 8 by default) that also occur in ``a``; a pair is contaminated when the overlap in
  either direction reaches ``threshold`` (0.5 by default).
* **same contest**: problems that share a (platform, contest id) are contaminated, whatever
  their text.

``find_contaminated`` returns one :class:`Contamination` per flagged training problem with the
reason, so the data manifest can report what was dropped and why. Pure functions.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .records import Problem

_SAMPLE = re.compile(r"\n\s*(sample input|example\s*1|examples?\b)", re.I)
_WORD = re.compile(r"[a-z0-9]+")


def statement_tokens(statement: str) -> list[str]:
    cut = _SAMPLE.search(statement)
    text = statement[:cut.start()] if cut else statement
    return _WORD.findall(text.lower())


def ngrams(tokens: list[str], n: int) -> set[tuple[str, ...]]:
    if len(tokens) < n:
        return {tuple(tokens)} if tokens else set()
    return {tuple(tokens[i:i + n]) for i in range(len(tokens) - n + 1)}


def overlap(a: set, b: set) -> float:
    """Share of ``b``'s n-grams found in ``a`` (0 when ``b`` is empty)."""
    return len(a & b) / len(b) if b else 0.0


@dataclass(frozen=True)
class Contamination:
    train_id: str  #: the training problem to drop
    bench_id: str  #: the benchmark problem it overlaps
    reason: str  #: "statement overlap 0.83" or "same contest atcoder/abc370"


def find_contaminated(train: list[Problem], bench: list[Problem], n: int = 8,
                      threshold: float = 0.5) -> list[Contamination]:
    """Training problems that overlap any benchmark problem (first match reported)."""
    bench_grams = [(b, ngrams(statement_tokens(b.statement), n)) for b in bench]
    contests = {(b.platform, b.contest_id): b.id for b in bench if b.contest_id}
    index: dict[tuple[str, ...], set[int]] = {}
    for j, (_, grams) in enumerate(bench_grams):
        for g in grams:
            index.setdefault(g, set()).add(j)
    found = []
    for t in train:
        if t.contest_id and (t.platform, t.contest_id) in contests:
            found.append(Contamination(t.id, contests[(t.platform, t.contest_id)],
                                       f"same contest {t.platform}/{t.contest_id}"))
            continue
        tg = ngrams(statement_tokens(t.statement), n)
        candidates = set().union(*(index.get(g, set()) for g in tg)) if tg else set()
        for j in sorted(candidates):
            b, bg = bench_grams[j]
            score = max(overlap(tg, bg), overlap(bg, tg))
            if score >= threshold:
                found.append(Contamination(t.id, b.id, f"statement overlap {score:.2f}"))
                break
    return found
