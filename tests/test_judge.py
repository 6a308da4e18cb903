"""Judge semantics: verdicts per style, cache, worker-count independence, CLI."""
from __future__ import annotations

import dataclasses
import importlib.util
import json
import sys
import warnings
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import stdin_problem

from codediv import sandbox
from codediv.cli import main
from codediv.judge import IsolationUnavailable, Judge, JudgeConfig
from codediv.records import Problem, Test, write_jsonl
from codediv.sandbox import Limits, Sandbox

ADD = stdin_problem([("1 2\n", "3\n"), ("5 5\n", "10\n"), ("0 0\n", "0\n")], pid="t/add")
ADD_OK = "a, b = map(int, input().split())\nprint(a + b)"

CALL = Problem(id="t/call", source="test", title="c", statement="", style="call", entry_point="bump",
               tests=(Test("[1, 2]\n3", "[4, 5]"), Test("[]\n1", "[]"), Test("[0]\n0", "[0]")))
CALL_OK = ("class Solution:\n    def __init__(self):\n        self.calls = 0\n"
           "    def bump(self, xs, k):\n        self.calls += 1\n        print('debug output is ignored')\n"
           "        return [x + k * self.calls for x in xs]\n")


def test_partial_credit_and_first_failure(judge: Judge):
    res = judge.submit(ADD, "a, b = map(int, input().split())\nprint(a + b if a else 1 // a)").result()
    assert res.verdict == "RE" and (res.passed, res.total) == (2, 3)
    assert [t.verdict for t in res.tests] == ["AC", "AC", "RE"]
    assert "ZeroDivisionError" in res.error


def test_ce_and_nocode(judge: Judge):
    ce = judge.submit(ADD, "def f(:\n  pass").result()
    assert ce.verdict == "CE" and ce.passed == 0 and all(t.verdict == "CE" for t in ce.tests)
    assert "SyntaxError" in ce.error
    assert judge.submit(ADD, "   \n").result().verdict == "NOCODE"


def test_call_style_uses_a_fresh_instance_per_test(judge: Judge):
    res = judge.submit(CALL, CALL_OK).result()
    assert res.verdict == "AC", res.error
    top_level = "def bump(xs, k):\n    return [x + k for x in xs]\n"
    assert judge.submit(CALL, top_level).result().verdict == "AC"
    wrong = "def bump(xs, k):\n    return [x - k for x in xs]\n"
    assert judge.submit(CALL, wrong).result().passed == 2  # k = 1 on [] and k = 0 on [0] still match


def test_assert_style_exit_zero_before_tests_is_not_ac(judge: Judge):
    prob = Problem(id="t/assert", source="test", title="a", statement="", style="assert", entry_point="inc",
                   tests=(Test("", "def check(candidate):\n    assert candidate(1) == 2\n"),))
    assert judge.submit(prob, "def inc(x):\n    return x + 1\n").result().verdict == "AC"
    assert judge.submit(prob, "def inc(x):\n    return x\n").result().verdict == "WA"
    assert judge.submit(prob, "import sys\ndef inc(x):\n    return x\nsys.exit(0)\n").result().verdict == "WA"
    assert judge.submit(prob, "def inc(x):\n    return x\nprint('\\n' * 3)\n").result().verdict == "WA"


def test_problem_time_limit_overrides_default(judge: Judge):
    slow = "import time\nt = time.process_time()\nwhile time.process_time() - t < 0.6:\n    pass\nprint(3)"
    p = stdin_problem([("1 2\n", "3\n")], pid="t/tl", time_limit_s=0.3)
    assert judge.submit(p, slow).result().verdict == "TLE"
    assert judge.submit(stdin_problem([("1 2\n", "3\n")], pid="t/tl2"), slow).result().verdict == "AC"


def test_cache_hit_runs_nothing(tmp_path):
    cfg = JudgeConfig(workers=1, cache=True, cache_path=str(tmp_path / "c.sqlite"), limits=Limits(time_s=2))
    with Judge(cfg) as j:
        first = j.submit(ADD, ADD_OK).result()
        assert j.stats["run"] == 1 and not first.cached
    with Judge(cfg) as j:
        again = j.submit(ADD, ADD_OK, sample_id=7).result()
        assert j.stats["run"] == 0 and j.stats["cached"] == 1
        assert again.cached and again.sample_id == 7
        assert again.tests == first.tests
        # A different program, or other limits, is a miss.
        j.submit(ADD, ADD_OK + "\n").result()
        assert j.stats["run"] == 1


def test_duplicate_programs_in_one_batch_run_once(tmp_path):
    with Judge(JudgeConfig(workers=2, cache=False)) as j:
        res = j.judge_all({ADD.id: ADD}, [__import__("codediv.records").records.Solution(ADD.id, ADD_OK, i)
                                          for i in range(6)], progress=False)
        assert [r.sample_id for r in res] == list(range(6))
        assert all(r.verdict == "AC" for r in res)
        assert j.stats["run"] == 1


def test_results_do_not_depend_on_worker_count(tmp_path):
    from codediv.records import Solution
    progs = [ADD_OK, "print(3)", "x = 1 // 0", "while True: pass", "print(int(input().split()[0]) * 2)", ""]
    sols = [Solution(ADD.id, code, i) for i, code in enumerate(progs)]
    out = []
    for workers in (1, 3):
        with Judge(JudgeConfig(workers=workers, cache=False, limits=Limits(time_s=0.5))) as j:
            out.append([(r.sample_id, r.verdict, r.passed, [t.verdict for t in r.tests])
                        for r in j.judge_all({ADD.id: ADD}, sols, progress=False)])
    assert out[0] == out[1]
    assert [v for _, v, _, _ in out[0]] == ["AC", "WA", "RE", "TLE", "WA", "NOCODE"]


def test_without_bwrap_isolation_is_reported_and_can_be_required():
    with Judge(JudgeConfig(workers=1, cache=False, use_bwrap=False)) as j:
        assert j.isolation.level != "full" and not j.isolation.bwrap
        assert j.submit(ADD, ADD_OK).result().verdict == "AC"
    with pytest.raises(IsolationUnavailable, match="drop --require-isolation"):
        Judge(JudgeConfig(workers=1, cache=False, use_bwrap=False, require_isolation=True)).start()


def test_cli_judge(tmp_path):
    probs, sols, out = tmp_path / "p.jsonl", tmp_path / "s.jsonl", tmp_path / "r.jsonl"
    write_jsonl(probs, [ADD, CALL])
    sols.write_text("\n".join([json.dumps({"problem_id": "t/add", "code": ADD_OK}),
                               json.dumps({"problem_id": "t/add", "sample_id": 1, "code": "print(3)"}),
                               "{broken", json.dumps({"problem_id": "t/call", "code": CALL_OK})]) + "\n")
    r = CliRunner().invoke(main, ["judge", str(probs), str(sols), "--out", str(out), "--json", "--workers", "2"])
    assert r.exit_code == 0, r.output
    summary = json.loads(r.stdout)
    assert summary["solutions"] == 3 and summary["accepted"] == 2 and summary["skipped_records"] == 1
    assert summary["verdicts"] == {"AC": 2, "WA": 1}
    assert summary["isolation"]["level"] in ("full", "partial", "none")
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert [(x["problem_id"], x["sample_id"], x["verdict"], x["passed"], x["total"]) for x in rows] == [
        ("t/add", 0, "AC", 3, 3), ("t/add", 1, "WA", 1, 3), ("t/call", 0, "AC", 3, 3)]


def test_cli_judge_fails_when_every_row_of_a_file_is_rejected(tmp_path):
    probs, sols, out = tmp_path / "p.jsonl", tmp_path / "s.jsonl", tmp_path / "r.jsonl"
    probs.write_text('{"id": "t/a"}\n{"id": "t/b", "tests": []}\n')
    sols.write_text(json.dumps({"problem_id": "t/a", "code": "print(1)"}) + "\n")
    r = CliRunner().invoke(main, ["judge", str(probs), str(sols), "--out", str(out)])
    assert r.exit_code == 2 and "Traceback" not in r.output and not out.exists()
    assert (f"{probs} has no usable problem row (all 2 rejected, the first as {probs}:1: missing field 'tests'); "
            "fix the rows and rerun") in r.output
    write_jsonl(probs, [ADD])
    sols.write_text('{"problem_id": "t/add"}\n')
    r = CliRunner().invoke(main, ["judge", str(probs), str(sols), "--out", str(out)])
    assert r.exit_code == 2 and "has no usable solution row (all 1 rejected" in r.output
    assert "missing or non-string field 'code'" in r.output


def test_cli_missing_file_is_one_clear_line(tmp_path):
    r = CliRunner().invoke(main, ["judge", str(tmp_path / "none.jsonl"), str(tmp_path / "s.jsonl"),
                                  "--out", str(tmp_path / "r.jsonl")])
    assert r.exit_code == 2
    assert "does not exist; pass the path of a JSONL file" in r.output
    assert "Traceback" not in r.output


def test_a_sandbox_failure_is_recovered_from_and_the_test_rerun(tmp_path):
    import threading
    cfg = JudgeConfig(workers=1, cache=True, cache_path=str(tmp_path / "c.sqlite"), limits=Limits(time_s=5))
    slow = stdin_problem([("1 2\n", "3\n"), ("2 2\n", "4\n")], pid="t/slow")
    code = "import time\ntime.sleep(1)\nprint(3)"
    with Judge(cfg) as j:
        sb = j.sandboxes[0]
        # Kill the sandbox (bwrap and the fork server) from the host while the program runs: the
        # judge restarts it, reloads the program and runs the test again.
        threading.Timer(0.3, sb._proc.kill).start()
        res = j.submit(slow, code).result()
        assert sb.restarts == 1
        assert [t.verdict for t in res.tests] == ["AC", "WA"] and not res.sandbox_failure
        assert j.submit(slow, code).result().cached  # a recovered result is a real one


def test_a_persistent_sandbox_failure_is_flagged_and_never_cached(tmp_path):
    # A tmpfs of negative size cannot be mounted for the test: the sandbox fails on every
    # attempt, which must not be blamed on the program or cached.
    cfg = JudgeConfig(workers=1, cache=True, cache_path=str(tmp_path / "c.sqlite"), limits=Limits(time_s=5, tmpfs_mb=-1))
    with Judge(cfg) as j:
        broken = j.submit(ADD, ADD_OK).result()
        assert broken.verdict == "RE" and broken.sandbox_failure and "sandbox failure" in broken.error
        assert j.sandboxes[0].restarts >= 2
        again = j.submit(ADD, ADD_OK).result()
        assert not again.cached and j.stats["run"] == 2


def test_invalid_utf8_output_never_matches_a_replacement_character(judge: Judge):
    prob = stdin_problem([("", "\ufffd\n")], pid="t/utf8")
    raw_byte = "import sys\nsys.stdout.buffer.write(b'\\xff\\n')"
    assert judge.submit(prob, raw_byte).result().verdict == "WA"
    assert judge.submit(prob, "print('\\ufffd')").result().verdict == "AC"  # the real character is fine
    # Every mode and checker sees the same decoded text: a lone surrogate matches nothing.
    from codediv.compare import compare_json, outputs_equal
    from codediv.judge import program_text
    from codediv.records import CHECKER_TYPES, Checker
    out = program_text(b"1.0 \xff\n")
    for mode in ("strict", "lcb"):
        assert not outputs_equal(out, "1.0 \ufffd\n", mode)
    for kind in CHECKER_TYPES:
        if kind != "gfg":  # gfg grades call results only
            assert not outputs_equal(out, "1.0 \ufffd\n", "strict", Checker(type=kind))
    for checker in (None, Checker(type="gfg")):
        assert not compare_json(program_text(b'"\xff"\n'), '"\ufffd"', checker)


def test_cache_key_covers_isolation_interpreter_and_the_judges_code(tmp_path):
    from codediv import judge as judge_mod
    cfg = JudgeConfig(workers=1, cache=True, cache_path=str(tmp_path / "c.sqlite"), limits=Limits(time_s=2))
    with Judge(dataclasses.replace(cfg, use_bwrap=False)) as j:
        weak = j.submit(ADD, ADD_OK).result()
        weak_env = j._environment
    with Judge(cfg) as j:  # full isolation: a verdict made without bwrap is not served here
        strong = j.submit(ADD, ADD_OK).result()
        assert not strong.cached and j.stats["run"] == 1
        env = json.loads(j._environment)
    assert not weak.cached and weak_env != json.dumps(env, sort_keys=True)
    iso, version, code = env
    assert iso["level"] == "full" and iso["memory"] and version.split()[0] == sys.version.split()[0]
    assert code == judge_mod.code_hash() and len(code) == 64
    for name in judge_mod._CODE_FILES:  # every file the hash covers exists (a typo would hash nothing)
        assert (Path(judge_mod.__file__).parent / name).is_file()
    key = judge_mod.cache_key("print(1)", "t", cfg, j._environment)
    assert key != judge_mod.cache_key("print(1)", "t", cfg, json.dumps([iso, "3.99.0", code]))
    assert key != judge_mod.cache_key("print(1)", "t", cfg, json.dumps([iso, version, "0" * 64]))


def test_only_cpu_timed_tle_is_cached(tmp_path):
    cfg = JudgeConfig(workers=1, cache=True, cache_path=str(tmp_path / "c.sqlite"), limits=Limits(time_s=0.5))
    one = stdin_problem([("1 2\n", "3\n")], pid="t/tle")
    sleeper, spinner = "import time\ntime.sleep(30)", "while True:\n    pass"
    with Judge(cfg) as j:
        slept = j.submit(one, sleeper).result()
        spun = j.submit(one, spinner).result()
        assert slept.verdict == spun.verdict == "TLE"
        assert "wall-clock backstop" in slept.error and "of CPU" in spun.error
        assert not j.submit(one, sleeper).result().cached  # the host's word, not the program's
        assert j.submit(one, spinner).result().cached


def test_the_verdict_cache_is_bounded_least_recently_used_first(tmp_path):
    from codediv.cache import VerdictCache
    cache = VerdictCache(tmp_path / "c.sqlite", max_entries=10)
    cache.put_many({"keep": {"v": 0}})
    for i in range(30):
        cache.put_many({f"k{i}": {"v": i}})
        cache.get_many(["keep"])  # used all along: never the least recently used
    assert len(cache) <= 10
    assert cache.get_many(["keep", "k29", "k0"]) == {"keep": {"v": 0}, "k29": {"v": 29}}
    cache.close()
    assert len(VerdictCache(tmp_path / "c.sqlite", max_entries=10)) <= 10  # persisted bounded


def test_rlimit_fallback_is_reported_and_mle_is_still_observed():
    balloon = "a = []\nwhile True:\n    a.append(bytearray(10**7))"
    claims = "import sys\nsys.stderr.write('MemoryError\\n')\nsys.exit(1)"
    with Judge(JudgeConfig(workers=1, cache=False, use_cgroup=False, limits=Limits(time_s=3, memory_mb=256))) as j:
        iso = j.isolation
        assert iso.memory == "rlimit" and not iso.cgroup and "as" in iso.rlimits
        assert any("RLIMIT_AS" in n for n in iso.notes) and "memory=rlimit" in iso.describe()
        assert j.submit(ADD, balloon).result().verdict == "MLE"
        assert j.submit(ADD, claims).result().verdict == "RE"


def test_seccomp_filter_is_well_formed_for_every_architecture_it_knows():
    import struct as st
    from codediv._seccomp import _TABLES, build_filter
    assert build_filter("sparc") is None  # no table: the isolation report says seccomp is off
    for machine in _TABLES:
        prog = build_filter(machine)
        assert len(prog) % 8 == 0 and len(prog) // 8 < 4096  # the kernel's BPF_MAXINSNS
        insns = [st.unpack("=HBBI", prog[i:i + 8]) for i in range(0, len(prog), 8)]
        for pc, (code, jt, jf, _) in enumerate(insns):
            if code & 0x07 == 0x05:  # a jump: both targets inside the program
                assert pc + 1 + max(jt, jf) < len(insns)
        assert insns[-1] == (0x06, 0, 0, 0x7FFF0000)  # default: allow


@pytest.mark.parametrize("code, warmed", [
    ("import sys\nprint('heapq' in sys.modules, 'bisect' in sys.modules)\nimport heapq\nfrom bisect import bisect", "True True"),
    ("import sys\nprint('heapq' in sys.modules, 'glob' in sys.modules)\nimport heapq, glob", "True False"),  # not listed
    # a program that writes its own heapq.py gets no standard heapq ahead of it
    ("import sys\nprint('heapq' in sys.modules, 'bisect' in sys.modules)\nopen('heapq.py', 'w').write('')\nimport heapq, bisect",
     "False True"),
])
def test_standard_modules_a_program_imports_are_imported_once_per_program(code, warmed):
    with Sandbox(Limits(time_s=2)) as sb:
        assert sb.load(code, "stdin", None) is None
        runs = [sb.run(b"") for _ in range(2)]
    assert [(r.exit, r.stdout.decode().strip()) for r in runs] == [(0, warmed)] * 2, runs[0].stderr_tail


def test_a_program_that_does_not_compile_starts_no_program_server():
    with Sandbox(Limits(time_s=2)) as sb:
        assert sb.load("print(input())", "stdin", None) is None
        started = sb.programs
        err = sb.load("def f(:\n  pass", "stdin", None)  # compiled on the host: CE without sandbox work
        assert err.startswith("SyntaxError") and sb.programs == started
        assert sb.load("print(int(input()) * 2)", "stdin", None) is None and sb.programs == started + 1
        assert sb.run(b"21\n").stdout == b"42\n"


def test_compile_warnings_about_a_programs_text_are_not_the_hosts():
    with warnings.catch_warnings(record=True) as seen:
        warnings.resetwarnings()  # whatever filters the test runner set: only codediv's own
        sandbox._quiet_program_warnings.cache_clear()
        program, prelude, warm = sandbox.compile_program("x = 1 is 1\nprint(x)", "stdin")
        assert program.co_filename == "<main.py>" and prelude == [] and warm == []
        assert not [w for w in seen if issubclass(w.category, SyntaxWarning)]
        compile("x = 1 is 1", "<other.py>", "exec")  # control: other compiles still warn
        assert [w for w in seen if issubclass(w.category, SyntaxWarning)]
    sandbox._quiet_program_warnings.cache_clear()


def test_the_sandbox_loads_the_servers_code_compiled_by_the_host(judge: Judge, tmp_path):
    # The interpreter in the sandbox compiles nothing of its own: it runs the .pyc files the
    # host made (their compiler's garbage would stay in the heap every test's fork copies).
    probe = "import sys\nm = sys.modules['_testchild']\nprint(type(m.__spec__.loader).__name__, m.__file__)"
    res = judge.submit(stdin_problem([("", "x\n")], pid="t/pyc"), probe).result()
    if not judge.isolation.bwrap:
        pytest.skip("without bubblewrap the server runs from the package's own files")
    assert res.verdict == "WA"
    assert "SourcelessFileLoader /run/codediv/_testchild.pyc" in res.error, res.error
    # The same bytes load with the standard loader outside the sandbox, as this interpreter's code.
    path = tmp_path / "_testchild.pyc"
    path.write_bytes(sandbox._server_pyc("_testchild.py"))
    spec = importlib.util.spec_from_file_location("pyc_probe", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    assert mod.WARM_MODULES and mod.child.__code__.co_filename == "/run/codediv/_testchild.py"


def test_the_fork_servers_json_writer_is_read_back_exactly_by_json():
    # The fork server writes its hello without the json module (a smaller server forks faster);
    # the host parses it with json, so every value it sends must come back unchanged.
    from codediv._forkserver import to_json
    tricky = ['plain', 'quote " and backslash \\', "tab\tnewline\nnul\0bell\x07del\x7f", "é ü ß 中文",
              "emoji \U0001F600 and \U00010000", "lone surrogate \udce9 from surrogateescape", ""]
    values = [None, True, False, 0, -7, 2**70, 0.1, 1e-05, 123456.789, tricky,
              {"exit": -9, "wall_s": 0.25, "nested": {"ok": False, "list": [1, "x"]}}]
    for v in values:
        assert json.loads(to_json(v)) == v
    assert json.loads(to_json(float("nan"))) is None


@pytest.mark.skipif(len(__import__("os").sched_getaffinity(0)) < 2, reason="needs two CPUs")
def test_sandboxes_run_on_cpus_of_their_own_while_there_are_free_ones():
    # (The session's judge fixture is unpinned; a judge of another process may hold some CPUs.)
    import os
    cpus = sorted(os.sched_getaffinity(0))
    free = []
    for cpu in cpus:  # the claims sandbox.claim_cpu makes, probed and let go
        claim = sandbox._claim(cpu)
        if claim is not None:
            claim.close()
            free.append(cpu)
    if not free:
        pytest.skip("every CPU is held by a judge of another process")
    code = "import os\nprint(sorted(os.sched_getaffinity(0)))"
    boxes = []
    try:
        while len(boxes) <= len(cpus):
            boxes.append(Sandbox(Limits(time_s=2)).start())
            if boxes[-1].cpu is None:
                break
        pinned = [sb.cpu for sb in boxes[:-1]]
        assert boxes[-1].cpu is None and sorted(pinned) == free  # one sandbox per free CPU, then unpinned
        for sb in boxes:
            assert sb.load(code, "stdin", None) is None
            want = [sb.cpu] if sb.cpu is not None else cpus  # the test child runs on its sandbox's CPU
            assert sb.run(b"").stdout.decode().strip() == str(want)
    finally:
        for sb in boxes:
            sb.close()
    again = Sandbox(Limits(time_s=2)).start()  # closing gave the claims back
    unpinned = Sandbox(Limits(time_s=2), pin_cpu=False).start()
    try:
        assert unpinned.cpu is None and again.cpu == free[0]
    finally:
        again.close()
        unpinned.close()
