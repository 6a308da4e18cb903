"""How different two solutions of one problem are.

A solution is reduced to a *normalised token sequence*: comments, blank lines and
formatting disappear, every user-chosen name becomes ``ID``, every string literal ``STR``
and every number ``NUM``; keywords, operators, builtins (``sorted``, ``print``…) and
attribute names after a dot (``.split``, ``.count``…) are kept, because they are what
distinguishes one idiom or algorithm from another. Two programs that differ only by
renaming, comments or layout therefore have distance 0. Tokenising is one regular
expression (not the ``tokenize`` module), so 500,000 solutions normalise in seconds.

``distance(a, b)`` is the Jaccard distance between the sets of token trigrams of the two
sequences (0 = same code up to names, literals, comments and layout; 1 = no trigram in
common). A problem's diversity is the mean pairwise distance of its solutions.
``fingerprint`` hashes the sequence, so solutions equal up to names, comments and formatting
share a fingerprint (used for deduplication).

Reads and writes nothing; pure functions.
"""
from __future__ import annotations

import builtins
import hashlib
import itertools
import keyword
import re
from functools import lru_cache

_KEEP = frozenset(dir(builtins)) | frozenset(keyword.kwlist) | frozenset(keyword.softkwlist)
# Strings and comments go first (their contents must not be tokenised); a string becomes the
# placeholder name __STR__, then one findall splits the rest.
_STR_OR_COMMENT = re.compile(r"""(?P<s>[rRbBuUfF]{0,2}(?:\"\"\"[\s\S]*?\"\"\"|'\'\'[\s\S]*?'\'\'|"(?:\\.|[^"\\\n])*"|'(?:\\.|[^'\\\n])*'))|\#[^\n]*""")
_TOKEN = re.compile(r"\.[^\W\d]\w*|\d[\w.]*|\.\d\w*|[^\W\d]\w*|\*\*=?|//=?|->|:=|<<=?|>>=?|[-+*/%&|^@<>=!]=|\S")
_CLASS: dict[str, str] = {"__STR__": "STR"}  # memo: raw token -> normalised token


def _classify(tok: str) -> str:
    c = tok[0]
    if c == "." and len(tok) > 1 and not tok[1].isdigit():
        out = tok  # attribute access: the method name is part of the idiom (".split", ".count")
    elif c.isdigit() or (c == "." and len(tok) > 1):
        out = "NUM"
    elif c.isalpha() or c == "_":
        out = tok if tok in _KEEP else "ID"
    else:
        out = tok
    if len(_CLASS) < 500_000:
        _CLASS[tok] = out
    return out


@lru_cache(maxsize=65536)
def normalize(code: str) -> tuple[str, ...]:
    """Return the normalised token sequence of ``code`` (see module docstring)."""
    text = _STR_OR_COMMENT.sub(lambda m: " __STR__ " if m.group("s") else " ", code)
    memo = _CLASS
    return tuple([memo.get(t) or _classify(t) for t in _TOKEN.findall(text)])


@lru_cache(maxsize=65536)
def trigrams(code: str) -> frozenset:
    """The set of consecutive normalised-token triples of ``code``."""
    toks = normalize(code)
    if len(toks) < 3:
        return frozenset([toks]) if toks else frozenset()
    return frozenset(zip(toks, toks[1:], toks[2:]))


def fingerprint(code: str) -> str:
    """Hash of the normalised sequence: equal for code equal up to names/comments/layout."""
    return hashlib.sha256("\x1f".join(normalize(code)).encode()).hexdigest()[:16]


def distance(a: str, b: str) -> float:
    """Jaccard distance in [0, 1] between the token trigram sets of two programs."""
    ta, tb = trigrams(a), trigrams(b)
    union = len(ta | tb)
    return 1.0 - len(ta & tb) / union if union else 0.0


def mean_pairwise_distance(codes: list[str]) -> float:
    """Mean distance over all pairs; 0.0 for fewer than two programs."""
    pairs = list(itertools.combinations(codes, 2))
    if not pairs:
        return 0.0
    return sum(distance(a, b) for a, b in pairs) / len(pairs)


def most_diverse(codes: list[str], k: int) -> list[int]:
    """Indices of ``k`` programs chosen greedily to be mutually far apart.

    Starts from the program farthest from all others on average, then repeatedly adds the
    one whose smallest distance to the chosen set is largest (max-min / farthest-point
    selection). Ties break by index, so the choice is deterministic.
    """
    n = len(codes)
    if k >= n:
        return list(range(n))
    if k <= 0:
        return []
    d = [[0.0] * n for _ in range(n)]
    for i, j in itertools.combinations(range(n), 2):
        d[i][j] = d[j][i] = distance(codes[i], codes[j])
    first = max(range(n), key=lambda i: (sum(d[i]), -i))
    chosen = [first]
    while len(chosen) < k:
        rest = [i for i in range(n) if i not in chosen]
        nxt = max(rest, key=lambda i: (min(d[i][c] for c in chosen), -i))
        chosen.append(nxt)
    return chosen
