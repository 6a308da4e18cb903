"""The judge: run programs against hidden tests and decide verdicts.

``Judge`` owns one :class:`~codediv.sandbox.Sandbox` per worker (all cores by default) and
grades whole solutions: a program is compiled once in its worker's sandbox, then every test
runs in its own forked process. Work can be submitted one solution at a time (``submit``
returns a future, so the eval stage overlaps judging with generation) or in bulk
(``judge_all``, with a progress bar). Results do not depend on the number of workers.

Verdicts per test, in order of precedence, each decided from the judge's own observations
(what a program prints, raises or exits with can only make it ``RE`` or ``WA``):
``NOCODE`` empty program · ``CE`` does not compile · ``OLE`` stdout+stderr over the output
limit (what the test wrote up to its file positions, gaps excluded), or the test's tmpfs
found full after a failure · ``TLE`` the CPU time of the test's whole process tree reached the limit, or the wall-clock backstop (a few
times the limit, for sleepers) passed · ``MLE`` the test's memory cgroup OOM-killed a process
(rlimit fallback: a failure with peak RSS near the limit) · ``RE`` any other non-zero exit
status as the OS reports it, or a signal (also a sandbox failure that persists after
retries) · ``WA`` wrong output (``assert``: an ``AssertionError`` or a missing completion
nonce) · ``AC``. Output that is not valid UTF-8 is compared with its invalid bytes kept
(``surrogateescape``), so they never match a replacement character or anything else. A
solution is ``AC`` only when every test is; otherwise it takes the first non-AC test's
verdict; ``passed``/``total`` count honestly.

Every test is run, except for a program that looks as if it hangs on everything: once
``tle_budget`` tests have ended in ``TLE`` while no test has been accepted yet, the remaining
tests are recorded as ``TLE`` with ``skipped: true`` and not run. Such a program costs
``tle_budget`` time limits, not ``total`` of them; a program that passes some tests and times
out on others still runs every test, so its partial success is measured.

Comparison modes are documented in :mod:`codediv.compare`. Results are cached by content
(:mod:`codediv.cache`); a cache hit runs nothing. The key covers everything a verdict depends
on: the program, the problem's tests hash, mode, limits, TLE budget, the isolation in force,
the sandboxed interpreter's version and a hash of the judge's own source files
(:func:`code_hash`). A result is cached only when it can be reproduced: never after a sandbox
failure, and not when a test was stopped by the wall-clock backstop rather than its CPU time.

``run_judge`` is the ``codediv judge`` stage: it reads a problems JSONL and a solutions JSONL
and writes a results JSONL, one row per solution, in the solutions' order.
"""
from __future__ import annotations

import concurrent.futures as cf
import dataclasses
import functools
import hashlib
import json
import logging
import os
import queue
import secrets
import sys
import threading
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from tqdm import tqdm

from .cache import VerdictCache
from .compare import compare_json, outputs_equal
from .harness import run_options
from .records import JudgeResult, Problem, Solution, TestOutcome, load_problems, load_solutions, write_jsonl
from .errors import CodedivError
from .sandbox import Limits, RawRun, Sandbox

log = logging.getLogger(__name__)

# Bump when verdict semantics change: stages that record which judge made their rows hash it.
# (The verdict cache does not rely on it: its key holds code_hash(), a hash of the judge's code.)
JUDGE_VERSION = "2"
SANDBOX_FAILURE = "sandbox failure"  # detail prefix of a test lost to the sandbox, not the program
WALL_BACKSTOP = "wall-clock backstop"  # detail prefix of a TLE not decided by CPU time (not cached)
# The judge's own code: a change to any of these files can change a verdict, so it is part of
# every cache key (hashed once per process; no version constant to forget to bump).
_CODE_FILES = ("sandbox.py", "_bwrap.py", "_forkserver.py", "_testchild.py", "_cgroup.py", "_seccomp.py",
               "compare.py", "judge.py", "records.py", "cache.py", "harness.py")


@dataclass(frozen=True)
class JudgeConfig:
    """How to judge."""

    mode: str = "strict"  #: output comparison: "strict" (whitespace only) or "lcb"
    workers: int = 0  #: sandboxes running in parallel; 0 = one per CPU core
    limits: Limits = field(default_factory=Limits)  #: per-test limits (a problem's own limits win)
    tle_budget: int = 1  #: TLEs before any AC after which the remaining tests are skipped (0 = never)
    cache: bool = True  #: use the content-addressed verdict cache
    cache_path: str | None = None  #: cache file; None = ~/.cache/codediv/verdicts.sqlite
    require_isolation: bool = False  #: refuse to run unless isolation is "full"
    use_bwrap: bool | None = None  #: None = use bubblewrap when installed
    use_cgroup: bool | None = None  #: None = per-test memory cgroups when writable (else RLIMIT_AS)
    pin_cpus: bool = True  #: run each sandbox on a CPU of its own while one is free (sandbox.claim_cpu)
    cache_max_entries: int = 200_000  #: verdicts kept in the cache; the least recently used go first


class IsolationUnavailable(CodedivError):
    """Strong isolation was required but is not available here."""


def problem_limits(base: Limits, problem: Problem) -> Limits:
    """The limits for one problem: the problem's own time/memory limits override the defaults."""
    changes = {}
    if problem.time_limit_s:
        changes["time_s"] = float(problem.time_limit_s)
    if problem.memory_limit_mb:
        changes["memory_mb"] = int(problem.memory_limit_mb)
    return dataclasses.replace(base, **changes) if changes else base


def tests_hash(problem: Problem) -> str:
    """Hash of everything about a problem that affects a verdict (not its statement)."""
    # top_level_return and the harness change how a program runs; appended only when set, so the
    # hashes (and cached verdicts) of every other problem stay as they were.
    harness = [[problem.harness, run_options(problem.harness, problem.style, problem.top_level_return)]]
    blob = json.dumps([problem.style, problem.entry_point, [[t.input, t.output] for t in problem.tests],
                       dataclasses.asdict(problem.checker) if problem.checker else None,
                       problem.time_limit_s, problem.memory_limit_mb] + ([True] if problem.top_level_return else [])
                      + (harness if problem.harness else []))
    return hashlib.sha256(blob.encode()).hexdigest()


@functools.lru_cache(maxsize=1)
def code_hash() -> str:
    """SHA-256 over the judge's own source files (:data:`_CODE_FILES`)."""
    h = hashlib.sha256()
    for name in _CODE_FILES:
        h.update(name.encode() + b"\0" + (Path(__file__).parent / name).read_bytes() + b"\0")
    return h.hexdigest()


def environment_key(sb: Sandbox) -> str:
    """What about the judging environment a verdict depends on: isolation, interpreter, code."""
    return json.dumps([sb.isolation.fingerprint(), sb.version or sys.version, code_hash()], sort_keys=True)


def cache_key(code: str, problem_tests_hash: str, cfg: JudgeConfig, environment: str) -> str:
    blob = json.dumps([environment, code, problem_tests_hash, cfg.mode, dataclasses.asdict(cfg.limits),
                       cfg.tle_budget])
    return hashlib.sha256(blob.encode()).hexdigest()


def _last_line(data: bytes) -> str:
    lines = [ln for ln in data.decode("utf-8", "replace").splitlines() if ln.strip()]
    return lines[-1].strip()[:300] if lines else ""


def classify_run(raw: RawRun, lim: Limits) -> str | None:
    """Verdict from the judge's observations of a run, or None when its output must be compared."""
    if raw.failure:
        return "RE"
    if raw.output_exceeded or raw.files_exceeded:
        return "OLE"
    if raw.timed_out or raw.cpu_s >= lim.time_s:
        return "TLE"
    if raw.memory_exceeded:
        return "MLE"
    if raw.exit != 0:
        return "RE"
    return None


def program_text(data: bytes) -> str:
    """A program's output as text; invalid UTF-8 bytes stay distinct (lone surrogates)."""
    return data.decode("utf-8", "surrogateescape")


def _wa_detail(actual: str, expected: str) -> str:
    return f"wrong answer: expected {expected[:60]!r}, got {actual[:60]!r}"


def judge_test(sb: Sandbox, problem: Problem, index: int, lim: Limits, mode: str) -> tuple[str, float, str]:
    """Run test ``index`` of ``problem`` on the program loaded in ``sb``: (verdict, time, detail)."""
    test = problem.tests[index]
    if problem.style == "assert":
        nonce = secrets.token_hex(16)
        raw = sb.run(b"", lim, test_code=test.output, nonce=nonce)
    else:
        nonce = ""
        raw = sb.run(test.input.encode("utf-8"), lim)
    verdict = classify_run(raw, lim)
    out = program_text(raw.stdout)
    if problem.style == "assert":
        if verdict == "RE" and _last_line(raw.stderr_tail).startswith("AssertionError"):
            return "WA", raw.wall_s, _last_line(raw.stderr_tail) or "AssertionError"
        if verdict is None:
            done = out.rstrip("\n").rsplit("\n", 1)[-1] == nonce
            return ("AC", raw.wall_s, "") if done else ("WA", raw.wall_s, "exited before the tests finished")
    elif verdict is None:
        ok = (compare_json(out, test.output, problem.checker) if problem.style == "call"
              else outputs_equal(out, test.output, mode, problem.checker))
        return ("AC", raw.wall_s, "") if ok else ("WA", raw.wall_s, _wa_detail(out, test.output))
    return verdict, raw.wall_s, _failure_detail(raw, verdict, lim)


def _failure_detail(raw: RawRun, verdict: str, lim: Limits) -> str:
    if raw.failure:
        return f"{SANDBOX_FAILURE}: {raw.failure}"
    if verdict == "TLE":
        if raw.cpu_s >= lim.time_s:
            return f"time limit: {raw.cpu_s:.2f} s of CPU (limit {lim.time_s:g} s)"
        return f"{WALL_BACKSTOP}: {raw.wall_s:.2f} s of wall time, {raw.cpu_s:.2f} s of CPU"
    if verdict == "MLE":
        return f"memory limit ({lim.memory_mb} MB) hit"
    if verdict == "OLE" and not raw.output_exceeded:
        return f"file space ({lim.tmpfs_mb} MB) full: " + (_last_line(raw.stderr_tail) or "no space left")
    return _last_line(raw.stderr_tail) or verdict


def judge_program(sb: Sandbox, problem: Problem, code: str, cfg: JudgeConfig, sample_id: int = 0) -> JudgeResult:
    """Judge one program on every test of ``problem`` in sandbox ``sb``."""
    return _judge_program(sb, problem, code, cfg, sample_id)[0]


def _judge_program(sb: Sandbox, problem: Problem, code: str, cfg: JudgeConfig,
                   sample_id: int = 0) -> tuple[JudgeResult, bool]:
    """The result, and whether it may be cached (reproducible: no sandbox failure, no wall TLE)."""
    n = len(problem.tests)

    def uniform(verdict: str, error: str) -> JudgeResult:
        return JudgeResult(problem.id, sample_id, verdict, 0, n,
                           tuple(TestOutcome(verdict, None) for _ in range(n)), error)

    if not code.strip():
        return uniform("NOCODE", "no code to run"), True
    compile_error = sb.load(code, problem.style, problem.entry_point,
                            **run_options(problem.harness, problem.style, problem.top_level_return))
    if compile_error is not None:
        return uniform("CE", compile_error), True
    lim = problem_limits(cfg.limits, problem)
    outcomes: list[TestOutcome] = []
    first_error, tles, accepted, infra, wall_tle = "", 0, 0, False, False
    for i in range(n):
        if tles >= cfg.tle_budget > 0 and not accepted:
            outcomes.append(TestOutcome("TLE", None, skipped=True))
            continue
        verdict, t, detail = judge_test(sb, problem, i, lim, cfg.mode)
        infra = infra or detail.startswith(SANDBOX_FAILURE)
        wall_tle = wall_tle or detail.startswith(WALL_BACKSTOP)
        tles += verdict == "TLE"
        accepted += verdict == "AC"
        outcomes.append(TestOutcome(verdict, round(t, 4)))
        if verdict != "AC" and not first_error:
            first_error = f"test {i}: {detail}"
    passed = sum(o.verdict == "AC" for o in outcomes)
    overall = next((o.verdict for o in outcomes if o.verdict != "AC"), "AC")
    res = JudgeResult(problem.id, sample_id, overall, passed, n, tuple(outcomes), first_error, sandbox_failure=infra)
    return res, not (infra or wall_tle)


class Judge:
    """A pool of sandboxes grading solutions; use as a context manager."""

    def __init__(self, cfg: JudgeConfig = JudgeConfig(), cache=None):
        """``cache``: an object with VerdictCache's get_many/put_many/close used instead of the one
        ``cfg.cache`` opens (a Ray judging worker passes one that records what to cache, for the
        driver to write)."""
        self.cfg = cfg
        self.workers = cfg.workers or os.cpu_count() or 1
        self.sandboxes: list[Sandbox] = []
        self._jobs: queue.Queue = queue.Queue()
        self._threads: list[threading.Thread] = []
        self._cache = cache if cache is not None else \
            (VerdictCache(cfg.cache_path, cfg.cache_max_entries) if cfg.cache else None)
        self._cache_lock = threading.Lock()
        self._hashes: dict[int, tuple[Problem, str]] = {}
        self._environment = ""
        self._inflight: dict[str, cf.Future] = {}  # same program + tests queued twice runs once
        self.stats = Counter()

    @property
    def isolation(self):
        return self.sandboxes[0].isolation if self.sandboxes else None

    @property
    def environment(self) -> str:
        """The judging environment's part of every cache key (:func:`environment_key`; "" before start)."""
        return self._environment

    def start(self) -> "Judge":
        for _ in range(self.workers):
            self.sandboxes.append(Sandbox(self.cfg.limits, self.cfg.use_bwrap, self.cfg.use_cgroup,
                                          pin_cpu=self.cfg.pin_cpus).start())
        iso = self.isolation
        if iso.level != "full":
            if self.cfg.require_isolation:
                self.close()
                raise IsolationUnavailable(
                    f"strong isolation is unavailable ({iso.describe()}); install bubblewrap and run "
                    "the judge as root, or drop --require-isolation to accept weaker isolation")
            log.warning("judge isolation is %s: %s", iso.level, "; ".join(iso.notes))
        self._environment = environment_key(self.sandboxes[0])
        for sb in self.sandboxes:
            t = threading.Thread(target=self._work, args=(sb,), daemon=True)
            t.start()
            self._threads.append(t)
        return self

    def __enter__(self) -> "Judge":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        for _ in self._threads:
            self._jobs.put(None)
        for t in self._threads:
            t.join()
        self._threads.clear()
        for sb in self.sandboxes:
            sb.close()
        self.sandboxes.clear()
        if self._cache is not None:
            self._cache.close()
            self._cache = None

    def _work(self, sb: Sandbox) -> None:
        while True:
            job = self._jobs.get()
            if job is None:
                return
            problem, code, sample_id, key, fut = job
            if not fut.set_running_or_notify_cancel():
                continue
            try:
                res, cacheable = _judge_program(sb, problem, code, self.cfg, sample_id)
            except BaseException as e:  # one broken record must not stop the others
                log.exception("judging %s/%s failed", problem.id, sample_id)
                fut.set_exception(e)
                continue
            with self._cache_lock:
                if self._cache is not None and cacheable:
                    self._cache.put_many({key: res.to_dict()})
                self._inflight.pop(key, None)
                self.stats["run"] += 1
            fut.set_result(res)

    def submit(self, problem: Problem, code: str, sample_id: int = 0) -> cf.Future:
        """Queue one program for judging; the future resolves to its JudgeResult."""
        # Keyed by object (kept alive here), not by id: two problems may share an id.
        known = self._hashes.get(id(problem))
        if known is None or known[0] is not problem:
            known = self._hashes[id(problem)] = (problem, tests_hash(problem))
        key = cache_key(code, known[1], self.cfg, self._environment)
        fut: cf.Future = cf.Future()
        with self._cache_lock:
            hit = self._cache.get_many([key]).get(key) if self._cache is not None else None
            running = self._inflight.get(key)
            if hit is None and running is None:
                self._inflight[key] = fut
        if hit is not None:
            self.stats["cached"] += 1
            fut.set_result(JudgeResult.from_dict({**hit, "problem_id": problem.id,
                                                  "sample_id": sample_id, "cached": True}))
        elif running is not None:
            self.stats["cached"] += 1
            running.add_done_callback(lambda done: copy_result(done, fut, problem.id, sample_id))
        else:
            self._jobs.put((problem, code, sample_id, key, fut))
        return fut

    def judge_all(self, problems: dict[str, Problem], solutions: Iterable[Solution],
                  progress: bool = True) -> list[JudgeResult]:
        """Judge many solutions; results in the solutions' order.

        Solutions for unknown problems, and any whose judging crashed, are logged and left out:
        one broken record never loses the others.
        """
        futs = []
        for s in solutions:
            if s.problem_id not in problems:
                log.error("solution for unknown problem %r (sample %s) skipped", s.problem_id, s.sample_id)
                self.stats["unknown_problem"] += 1
                continue
            futs.append(self.submit(problems[s.problem_id], s.code, s.sample_id))
        results = []
        with tqdm(total=len(futs), desc="judging", unit="sol", disable=not progress) as bar:
            for f in futs:
                try:
                    results.append(f.result())
                except Exception as e:  # already logged with its traceback by the worker
                    self.stats["crashed"] += 1
                    log.error("a solution could not be judged and is left out: %s", e)
                bar.update(1)
        return results


def copy_result(done: cf.Future, fut: cf.Future, problem_id: str, sample_id: int) -> None:
    """Complete ``fut`` with the outcome of an identical program's future ``done`` (as a cached result)."""
    if done.exception() is not None:
        fut.set_exception(done.exception())
    else:
        fut.set_result(dataclasses.replace(done.result(), problem_id=problem_id, sample_id=sample_id, cached=True))


def summarize(results: list[JudgeResult]) -> dict:
    """Counts of verdicts and the share of AC solutions."""
    verdicts = Counter(r.verdict for r in results)
    n = len(results)
    return {"solutions": n, "accepted": verdicts.get("AC", 0),
            "pass_rate": (verdicts.get("AC", 0) / n) if n else 0.0,
            "tests_passed": sum(r.passed for r in results), "tests_total": sum(r.total for r in results),
            "verdicts": dict(sorted(verdicts.items())), "cached": sum(r.cached for r in results)}


class JudgeInputError(CodedivError):
    """``codediv judge`` was given no usable problem or solution row."""


def run_judge(problems_path: str | Path, solutions_path: str | Path, out_path: str | Path,
              cfg: JudgeConfig = JudgeConfig(), progress: bool = True) -> dict:
    """The ``codediv judge`` stage: problems + solutions JSONL -> results JSONL; returns a summary."""
    prep = load_problems(problems_path)
    srep = load_solutions(solutions_path)
    for err in prep.errors + srep.errors:
        log.error("skipped %s", err)
    for kind, path, rep in (("problem", problems_path, prep), ("solution", solutions_path, srep)):
        if not rep.records:  # nothing to judge is a mistake to report, not "0/0 accepted"
            why = f"all {len(rep.errors)} rejected, the first as {rep.errors[0]}" if rep.errors else "the file is empty"
            raise JudgeInputError(f"{path} has no usable {kind} row ({why}); fix the rows and rerun")
    problems = {p.id: p for p in prep.records}
    with Judge(cfg) as judge:
        iso = judge.isolation
        log.info("%s", iso.describe())
        results = judge.judge_all(problems, srep.records, progress)
        stats = dict(judge.stats)
    write_jsonl(out_path, results)
    summary = summarize(results)
    summary.update(isolation=iso.to_dict(), skipped_records=len(prep.errors) + len(srep.errors),
                   unknown_problem=stats.get("unknown_problem", 0), crashed=stats.get("crashed", 0),
                   out=str(out_path))
    return summary
