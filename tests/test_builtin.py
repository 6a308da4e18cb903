"""The shipped built-in corpus and benchmark: size, shape, freshness, and every solution AC."""
from __future__ import annotations

import hashlib
import json
from collections import Counter
from pathlib import Path

import pytest

from codediv.decontam import find_contaminated
from codediv.diversity import distance
from codediv.judge import Judge, JudgeConfig
from codediv.records import Solution
from codediv.sandbox import Limits
from codediv.sources.builtin import builtin_path, load_builtin

ROOT = Path(__file__).resolve().parent.parent
CATEGORIES = {"strings", "counting", "patterns", "arithmetic", "number_theory", "sorting_greedy",
              "simulation", "grid", "geometry", "time_intervals", "dp", "graphs"}


@pytest.fixture(scope="module")
def train():
    return load_builtin("train")


@pytest.fixture(scope="module")
def bench():
    return load_builtin("bench")


def test_shipped_data_is_built_from_current_sources():
    manifest = json.loads((builtin_path("train").parent / "builtin_manifest.json").read_text())
    src = ROOT / "builtin_src"
    h = hashlib.sha256()
    for path in sorted(src.glob("*/*/*.py")):
        h.update(str(path.relative_to(src)).encode() + b"\0" + path.read_bytes() + b"\0")
    assert manifest["sources_sha256"] == h.hexdigest(), "run: python tools/build_builtin.py"


def test_training_corpus_shape(train):
    assert len(train) >= 150
    assert all(p.style == "stdin" and p.source == "builtin" for p in train)
    assert all(len(p.solutions) >= 5 and len(p.tests) >= 10 for p in train)
    assert {p.tags[0] for p in train} == CATEGORIES
    assert set(Counter(p.difficulty for p in train)) == {"easy", "medium", "hard"}
    assert len({p.id for p in train}) == len(train)


def test_training_solutions_are_genuinely_different(train):
    too_close = [(p.id, i, j) for p in train for i in range(len(p.solutions)) for j in range(i)
                 if distance(p.solutions[i], p.solutions[j]) < 0.25]
    assert too_close == []


def test_benchmark_shape(bench):
    stdin = [p for p in bench if p.style == "stdin"]
    call = [p for p in bench if p.style == "call"]
    assert len(stdin) >= 40 and len(call) >= 10
    assert all(len(p.tests) >= 15 and p.solutions for p in bench)
    assert sum(p.difficulty == "easy" for p in bench) >= 10
    sel, rep = load_builtin("bench:selection"), load_builtin("bench:report")
    assert sel and rep and not {p.id for p in sel} & {p.id for p in rep}
    assert len(sel) + len(rep) == len(bench)
    for cat in ("geometry", "time_intervals"):
        assert sum(p.tags[0] == cat for p in stdin) >= 3


def test_benchmark_is_not_contaminated_by_training(train, bench):
    assert find_contaminated(train, bench) == []
    assert not {p.id for p in train} & {p.id for p in bench}
    assert not {p.title.lower() for p in train} & {p.title.lower() for p in bench}


def _all_accepted(problems: dict, sols: list[Solution]) -> None:
    with Judge(JudgeConfig(cache=False, limits=Limits(time_s=4.0))) as judge:
        results = judge.judge_all(problems, sols, progress=False)
    bad = [(r.problem_id, r.sample_id, r.verdict, r.error) for r in results if r.verdict != "AC"]
    assert bad == []
    assert len(results) == len(sols)


@pytest.mark.slow
def test_every_stored_solution_is_accepted_on_every_test(train, bench):
    problems = {p.id: p for p in train + bench}
    _all_accepted(problems, [Solution(p.id, code, i) for p in problems.values() for i, code in enumerate(p.solutions)])


def test_a_sample_of_stored_solutions_is_accepted(train, bench):
    # The quick tier's share of the test above: for every category and style of each split, the
    # first problem's last solution (the slow test judges all of them).
    first = {}
    for split, probs in (("train", train), ("bench", bench)):
        for p in sorted(probs, key=lambda p: p.id):
            first.setdefault((split, p.style, p.tags[0]), p)
    assert len(first) >= len(CATEGORIES) + 12
    problems = {p.id: p for p in first.values()}
    _all_accepted(problems, [Solution(p.id, p.solutions[-1], len(p.solutions) - 1) for p in problems.values()])
