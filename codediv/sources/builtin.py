"""codediv's own built-in problems, shipped inside the package (no network needed).

``codediv/data/builtin_train.jsonl.gz``: the training corpus (stdin problems, each with at
least five verified, mutually different solutions). ``codediv/data/builtin_bench.jsonl.gz``:
the held-out benchmark (stdin and call problems), split into ``selection`` problems (used to
choose checkpoints) and ``report`` problems (used only to score them), recorded as the tag
``bench:selection`` / ``bench:report``. Both are built from ``builtin_src/`` by
``tools/build_builtin.py``.
"""
from __future__ import annotations

from pathlib import Path

from ..records import Problem, load_problems
from . import SourceConfigError

SPLITS = ("train", "bench", "bench:selection", "bench:report")


def builtin_path(kind: str) -> Path:
    return Path(__file__).resolve().parent.parent / "data" / f"builtin_{kind}.jsonl.gz"


def load_builtin(split: str = "train") -> list[Problem]:
    """Load the built-in training corpus or (part of) the benchmark."""
    if split not in SPLITS:
        raise SourceConfigError(f"unknown built-in split {split!r}; use one of {', '.join(SPLITS)}")
    kind = "train" if split == "train" else "bench"
    rep = load_problems(builtin_path(kind))
    if rep.errors:  # shipped data is validated by the test suite; this means a broken install
        raise RuntimeError(f"built-in data is corrupt ({rep.errors[0]}); reinstall codediv")
    if split.startswith("bench:"):
        return [p for p in rep.records if split in p.tags]
    return rep.records
