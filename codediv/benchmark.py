"""The benchmark every checkpoint is graded on, drawn from its source and split for honest selection.

``build_benchmark(cfg)`` loads ``benchmark.kind`` (with ``benchmark.options``; the built-in
benchmark is its ``bench`` split), keeps the ``benchmark.styles``, takes a deterministic subset
of ``benchmark.limit`` problems (by a hash of the data seed and the id), and tags each problem
that has no split tag yet ``bench:selection`` (a ``selection_fraction`` share, chosen by the same
kind of hash) or ``bench:report``. Checkpoints are chosen on the first split and scored on the
second. The data stage writes the result to ``data/benchmark.jsonl``; ``codediv plan`` counts
its report split before any stage has run. Reads the source; writes nothing.
"""
from __future__ import annotations

import dataclasses
import hashlib

from .config import ExperimentConfig
from .errors import CodedivError
from .records import Problem
from .sources import load_source

SPLIT_TAGS = ("bench:selection", "bench:report")


class BenchmarkError(CodedivError):
    """The configured benchmark has no usable problem; the message says what to check."""


def stable_hash(*parts) -> str:
    """Hex SHA-256 of the parts joined by ':': the seed of every deterministic order and draw."""
    return hashlib.sha256(":".join(map(str, parts)).encode()).hexdigest()


def split_tag(p: Problem) -> str | None:
    """The problem's ``bench:selection`` / ``bench:report`` tag, if it has one."""
    return next((t for t in p.tags if t in SPLIT_TAGS), None)


def build_benchmark(cfg: ExperimentConfig) -> list[Problem]:
    """Benchmark problems sorted by id, each tagged bench:selection or bench:report."""
    b = cfg.benchmark
    kind_opts = dict(b.options)
    if b.kind == "builtin":
        kind_opts.setdefault("split", "bench")
    res = load_source(b.kind, path=b.path, **kind_opts)
    probs = sorted((p for p in res.problems if p.style in b.styles), key=lambda p: p.id)
    if b.limit is not None:
        probs = sorted(probs, key=lambda p: stable_hash(cfg.seed, "bench", p.id))[:b.limit]
    if not probs:
        raise BenchmarkError(f"the benchmark ({b.kind}) has no problems of styles {b.styles}; "
                             "check benchmark.options")
    untagged = sorted((p for p in probs if not split_tag(p)), key=lambda p: stable_hash(cfg.seed, "split", p.id))
    chosen = {p.id for p in untagged[:round(len(untagged) * b.selection_fraction)]}
    out = []
    for p in probs:
        if not split_tag(p):
            p = dataclasses.replace(p, tags=(*p.tags, "bench:selection" if p.id in chosen else "bench:report"))
        out.append(p)
    return sorted(out, key=lambda p: p.id)
