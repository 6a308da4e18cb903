"""Real dataset rows through the real judge (bubblewrap when available), graded by their own rules.

tests/fixtures/real/ holds rows of TACO, APPS and CodeContests laid out as on the hub (its
README gives each row's provenance); tests/fixtures/apps_raw/ the raw APPS folders, among them
problem 2287 whose reference solutions use a top-level ``return``; taco_gfg_rows.jsonl TACO rows
in its GeeksforGeeks format, written for these tests.
"""
from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from codediv.judge import Judge, JudgeConfig, judge_program
from codediv.records import Problem, Solution, Test
from codediv.sandbox import Limits, Sandbox
from codediv.sources import load_source

FIXTURES = Path(__file__).resolve().parent / "fixtures"
REAL = FIXTURES / "real"


@pytest.fixture(scope="module")
def roomy_judge():
    """Roomy defaults for problems without limits of their own; the loaded problems carry their
    graders' limits (TACO/APPS 4 s, CodeContests 10 s), which win."""
    cfg = JudgeConfig(workers=2, cache=False, limits=Limits(time_s=20.0, memory_mb=1024))
    with Judge(cfg) as j:
        yield j


def _gfg_folder(tmp_path: Path) -> Path:
    rows = [json.loads(x) for x in (FIXTURES / "sources" / "taco_gfg_rows.jsonl").read_text().splitlines()]
    (tmp_path / "ALL").mkdir()
    schema = pa.schema([(name, pa.string()) for name in rows[0]])
    pq.write_table(pa.Table.from_pylist(rows, schema=schema), tmp_path / "ALL" / "train-00000-of-00001.parquet")
    return tmp_path


def _verdicts(judge: Judge, problems: list[Problem]) -> dict[tuple[str, int], str]:
    sols = [Solution(p.id, code, i) for p in problems for i, code in enumerate(p.solutions)]
    results = judge.judge_all({p.id: p for p in problems}, sols, progress=False)
    assert len(results) == len(sols)
    return {(r.problem_id, r.sample_id): f"{r.verdict} {r.error}".strip() for r in results}


def _compiles(code: str) -> bool:
    try:
        compile(code, "main.py", "exec")
    except SyntaxError:
        return False
    return True


def test_taco_1492b_passes_by_tacos_rule_and_fails_strict_matching(roomy_judge):
    (own,) = load_source("taco", path=str(REAL / "taco")).problems
    assert set(_verdicts(roomy_judge, [own]).values()) == {"AC"}
    (strict,) = load_source("taco", path=str(REAL / "taco"), grading="judge").problems
    assert strict.checker is None  # judge.mode (strict) now decides: the leading empty line counts
    assert all(v.startswith("WA test 3") for v in _verdicts(roomy_judge, [strict]).values())


def test_apps_2287_top_level_return_runs_as_the_harness_runs_it(roomy_judge):
    (p,) = [q for q in load_source("apps", path=str(FIXTURES / "apps_raw")).problems if q.id == "apps/train-2287"]
    with_return = [i for i, code in enumerate(p.solutions) if not _compiles(code)]
    assert with_return == [2, 4, 9]  # three real solutions return at top level
    assert set(_verdicts(roomy_judge, [p]).values()) == {"AC"}
    # Other sources' programs never change: without the flag the same program does not compile.
    plain = dataclasses.replace(p, id="other/2287", harness=None)
    got = _verdicts(roomy_judge, [plain])
    assert {got[("other/2287", i)] for i in with_return} == {"CE SyntaxError: 'return' outside function"}


def test_top_level_return_semantics_and_residual_difference():
    p = Problem(id="t/ret", source="apps", title="t", statement="", style="stdin", top_level_return=True,
                tests=(Test("3\n", "odd\n"), Test("4\n", "even\n")))
    ends = "n = int(input())\nif n % 2:\n    print('odd')\n    return print(end='')\nprint('even')\n"
    nested = "def f():\n    return 'even'\nn = int(input())\nprint('odd' if n % 2 else f())\n"
    # Documented residual: a bare except around the return catches the exit, the program goes on.
    caught = "n = int(input())\ntry:\n    print('odd' if n % 2 else 'even')\n    return\nexcept:\n    print('x')\n"
    cfg = JudgeConfig(cache=False)
    with Sandbox(Limits()) as sb:
        assert [judge_program(sb, p, code, cfg).verdict for code in (ends, nested, caught)] == ["AC", "AC", "WA"]
        assert judge_program(sb, p, "return = 1\n", cfg).verdict == "CE"  # other syntax errors stay CE


def test_geeksforgeeks_rows_are_graded_on_the_methods_result(roomy_judge, tmp_path):
    problems = load_source("taco", path=str(_gfg_folder(tmp_path))).problems
    assert [p.entry_point for p in problems] == ["minTime", "isPalindrome", "transpose", "average", "largest"]
    assert set(_verdicts(roomy_judge, problems).values()) == {"AC"}
    painters = problems[0]
    wrong = "class Solution:\n    def minTime(self, arr, n, k):\n        return sum(arr) // k\n"
    printing = "class Solution:\n    def minTime(self, arr, n, k):\n        print(35)\n"  # prints, returns None
    got = roomy_judge.judge_all({painters.id: painters}, [Solution(painters.id, wrong, 0),
                                                          Solution(painters.id, printing, 1)], progress=False)
    assert [r.verdict for r in got] == ["WA", "WA"]


@pytest.mark.slow
def test_every_reference_solution_of_the_real_rows_is_accepted(roomy_judge, tmp_path):
    """Every solution the rows ship (no dedup, no candidate cap), by the real judge."""
    problems = []
    for kind, path in [("taco", REAL / "taco"), ("apps", REAL / "apps"), ("code_contests", REAL / "code_contests"),
                       ("apps", FIXTURES / "apps_raw"), ("taco", _gfg_folder(tmp_path))]:
        res = load_source(kind, path=str(path))
        problems += [dataclasses.replace(p, id=f"{path.name}:{p.id}") for p in res.problems]
    got = _verdicts(roomy_judge, problems)
    assert len(got) == 2 + 92 + 2 + 101 + 6
    assert {k: v for k, v in got.items() if v != "AC"} == {}
