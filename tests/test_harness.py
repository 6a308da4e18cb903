"""The datasets' harness run semantics and graders' limits, through the real judge (bubblewrap
when available).

tests/fixtures/harness/ holds rows written for these tests in each dataset's real file layout
(``make_fixtures.py`` says what each relies on): correct solutions that need the harness's
import prelude, a top-level ``return``, 3 s of CPU under a 1-second contest limit or 100 MB
under a 64 MB one. Each is accepted as its dataset grades it and rejected when the same tests
are a plain ``jsonl`` problem with the contest's limits (nothing changes for other sources).
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from codediv.harness import PRELUDES, run_options
from codediv.judge import Judge, JudgeConfig, judge_program
from codediv.records import HARNESSES, Problem, Solution, Test, write_jsonl
from codediv.sandbox import Limits, Sandbox
from codediv.sources import load_source

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "harness"
LCB_SOLUTIONS = json.loads((FIXTURES / "livecodebench" / "solutions.json").read_text())
SOURCES = [("taco", "taco"), ("apps", "apps"), ("code_contests", "code_contests"), ("livecodebench", "livecodebench")]


@pytest.fixture(scope="module")
def judge():
    with Judge(JudgeConfig(workers=2, cache=False)) as j:  # judge defaults: 4 s, 1024 MiB (a problem's own win)
        yield j


def _kind(problem: Problem) -> str:
    """The fixture row's name: prelude, prelude call, return, slow or memory."""
    if problem.source == "livecodebench":
        return problem.id.split("/")[1].replace("-", " ")
    if problem.source == "apps":
        return ["prelude", "prelude call", "return", "slow", "memory"][int(problem.id[-1]) - 1]
    return problem.statement.split(":")[0] if problem.source == "taco" else problem.title.split(". ")[1]


def _rows(kinds: set[str]) -> list[tuple[Problem, str]]:
    """(problem, its correct solution) for every fixture row of those kinds, all four sources."""
    out = []
    for kind, folder in SOURCES:
        for p in load_source(kind, path=str(FIXTURES / folder)).problems:
            if _kind(p) in kinds:
                out.append((p, LCB_SOLUTIONS[p.id.split("/")[1]] if kind == "livecodebench" else p.solutions[0]))
    return out


def _as_plain_jsonl(rows: list[tuple[Problem, str]], tmp_path: Path) -> list[Problem]:
    """The same tests and comparison as plain problems with the contest's limits (1 s, 64 MB)."""
    plain = [{"id": f"jsonl/{p.source}-{_kind(p)}", "style": p.style, "entry_point": p.entry_point,
              "tests": [{"input": t.input, "output": t.output} for t in p.tests],
              "checker": {"type": p.checker.type}, "time_limit_s": 1.0, "memory_limit_mb": 64} for p, _ in rows]
    write_jsonl(tmp_path / "plain.jsonl", plain)
    return load_source("jsonl", path=str(tmp_path / "plain.jsonl")).problems


def _judge(judge: Judge, problems: list[Problem], codes: list[str]) -> list[str]:
    results = judge.judge_all({p.id: p for p in problems}, [Solution(p.id, c) for p, c in zip(problems, codes)],
                              progress=False)
    assert len(results) == len(problems)
    return [f"{r.verdict} {r.error}".strip() for r in results]


def _plain_verdict(kind: str, judge: Judge) -> str:
    return {"prelude": "RE", "prelude call": "RE", "return": "CE", "slow": "TLE",
            "memory": "MLE" if judge.isolation.cgroup else "RE"}[kind]


# -- the fork server's prelude ----------------------------------------------------------------

def test_prelude_runs_apart_from_the_program_line_by_line():
    prelude = "import codediv_no_such_module as gone\nfrom math import sqrt\nstdin_seen = 1\n"
    opts = {"prelude": prelude, "top_level_return": False}
    future = "from __future__ import annotations\ndef f(x: Undefined) -> Alias:\n    return x\nprint(f(sqrt(4)), stdin_seen)\n"
    failing = "x = sqrt(9)\n\n\nraise ValueError(x)\n"
    with Sandbox(Limits()) as sb:
        def run(code):
            assert sb.load(code, "stdin", None, **opts) is None
            raw = sb.run(b"")
            return raw.exit, raw.stdout.decode(), raw.stderr_tail.decode()
        assert run(future) == (0, "2.0 1\n", "")  # __future__ first still works: the prelude is compiled apart
        code, _, err = run(failing)  # the missing module broke nothing that does not use it
        assert code == 1 and '<main.py>", line 4, in <module>' in err and err.endswith("ValueError: 3.0\n")
        code, _, err = run("print(gone)\n")
        assert code == 1 and "NameError: name 'gone' is not defined" in err
        plain = sb.load("print(sqrt(4))\n", "stdin", None)  # no prelude: nothing is defined
        assert plain is None and b"NameError" in sb.run(b"").stderr_tail


def test_prelude_imports_a_program_never_names_are_skipped():
    opts = run_options("apps", "stdin", False)
    probe = "import sys\nprint('numpy' in sys.modules, 'fractions' in sys.modules, type(stdin).__name__)\n"
    with Sandbox(Limits()) as sb:
        for code, seen in [(probe, "False False TextIOWrapper"),  # numpy costs 0.1 s: not imported for nothing
                           ("print(np.zeros(2).sum())\n" + probe, "True False TextIOWrapper"),
                           ("eval('0')\n" + probe, "True True TextIOWrapper")]:  # dynamic names: everything runs
            assert sb.load(code, "stdin", None, **opts) is None
            assert sb.run(b"").stdout.decode().splitlines()[-1] == seen
        own_module = "open('helper.py', 'w').write('K = 7\\n')\nimport helper\nprint(helper.K * int(sqrt(4)))\n"
        assert sb.load(own_module, "stdin", None, **opts) is None  # the prelude's imports hide no work-dir module
        assert sb.run(b"").stdout == b"14\n"


def test_a_call_program_writing_to_the_preludes_stdout_does_not_spoil_its_result():
    p = Problem(id="t/call", source="livecodebench", title="t", statement="", style="call", entry_point="f",
                tests=(Test("3", "9"),), harness="lcb")
    code = "class Solution:\n    def f(self, x):\n        stdout.write('debug\\n')\n        return x * x\n"
    with Sandbox(Limits()) as sb:
        assert judge_program(sb, p, code, JudgeConfig(cache=False)).verdict == "AC"


def test_the_preludes_address_space_is_not_the_programs_under_rlimit():
    """Without a cgroup memory is an address-space rlimit; numpy's ~130 MB mapped by the prelude
    must not leave a 64 MB program nothing."""
    code = "block = b'x' * (20 << 20)\nprint(len(block) >> 20, np.int64(2))\n"
    with Sandbox(Limits(memory_mb=64), use_cgroup=False) as sb:
        assert sb.isolation.memory == "rlimit"
        assert sb.load(code, "stdin", None, **run_options("apps", "stdin", False)) is None
        raw = sb.run(b"")
        assert (raw.exit, raw.stdout) == (0, b"20 2\n"), raw.stderr_tail


def test_harness_preludes_follow_the_upstream_lists():
    assert set(PRELUDES) == set(HARNESSES) == {"apps", "lcb"}
    stdin_apps, call_apps = PRELUDES["apps"]
    assert stdin_apps == call_apps + "stdin = sys.stdin\nstdout = sys.stdout\n"  # synthesize_std_code vs _cb_code
    assert "from math import sqrt, sin, cos, tan, ceil, fabs, floor, gcd, exp, log, log2\n" in call_apps
    assert "import numpy as np\n" in call_apps and call_apps.endswith("from heapq import *\n")
    stdin_lcb, call_lcb = PRELUDES["lcb"]
    assert stdin_lcb == call_lcb and stdin_lcb.startswith("from string import *\nfrom re import *\n")
    assert stdin_lcb.endswith("import json\nsys.setrecursionlimit(50000)\n") and len(stdin_lcb.splitlines()) == 35
    assert run_options(None, "stdin", False) == {"prelude": "", "top_level_return": False}
    assert run_options(None, "stdin", True)["top_level_return"] and not run_options("apps", "call", False)["top_level_return"]


# -- the datasets' rows -----------------------------------------------------------------------

def test_rows_relying_on_the_harness_or_a_big_memory_are_accepted_by_their_sources_rules(judge, tmp_path):
    rows = _rows({"prelude", "prelude call", "return", "memory"})
    assert sorted({p.source for p, _ in rows}) == ["apps", "code_contests", "livecodebench", "taco"]
    assert len(rows) == 4 * 3 + 1  # CodeContests runs programs plain: its one row here is `memory`
    assert _judge(judge, [p for p, _ in rows], [c for _, c in rows]) == ["AC"] * len(rows)
    plain = _as_plain_jsonl(rows, tmp_path)
    got = _judge(judge, plain, [c for _, c in rows])
    assert [v.split()[0] for v in got] == [_plain_verdict(_kind(p), judge) for p, _ in rows], got


def test_the_contests_limits_stay_available(judge):
    (memory,) = [p for p in load_source("taco", path=str(FIXTURES / "taco"), limits="contest").problems
                 if _kind(p) == "memory"]
    assert (memory.time_limit_s, memory.memory_limit_mb) == (2.0, 64)
    assert "contest-memory-limit:64MB" in memory.tags
    assert _judge(judge, [memory], memory.solutions)[0].split()[0] == _plain_verdict("memory", judge)


@pytest.mark.slow
def test_a_python_solution_over_the_c_plus_plus_time_limit_is_accepted_within_the_graders(judge, tmp_path):
    """3 s of CPU each: TACO/APPS allow 4 s, LiveCodeBench 6 s, CodeContests 10 s."""
    rows = _rows({"slow"})
    assert sorted(p.source for p, _ in rows) == ["apps", "code_contests", "livecodebench", "taco"]
    assert _judge(judge, [p for p, _ in rows], [c for _, c in rows]) == ["AC"] * 4
    plain = _as_plain_jsonl(rows, tmp_path)
    assert [v.split()[0] for v in _judge(judge, plain, [c for _, c in rows])] == ["TLE"] * 4
    (contest,) = [p for p in load_source("code_contests", path=str(FIXTURES / "code_contests"),
                                         limits="contest").problems if _kind(p) == "slow"]
    assert contest.time_limit_s == 1.0 and _judge(judge, [contest], contest.solutions)[0].startswith("TLE")
