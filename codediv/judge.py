"""The judge: run programs against hidden tests and decide verdicts.

``Judge`` owns one :class:`~codediv.sandbox.Sandbox` per worker (all cores by default) and
grades whole solutions: a program is compiled once in its worker's sandbox, then every test
runs in its own forked process. Work can be submitted one solution at a time (``submit``
returns a future, so the eval stage overlaps judging with generation) or in bulk
(``judge_all``, with a progress bar). Results do not depend on the number of workers.

Verdicts per test, in order of precedence:
``NOCODE`` empty program · ``CE`` does not compile · ``OLE`` stdout+stderr over the output
limit, or a write refused for the file-size or work-directory size limit (EFBIG, ENOSPC) · ``TLE`` wall or CPU limit hit · ``MLE``
``MemoryError`` or killed near the memory limit · ``RE`` any other non-zero exit or signal
(also a sandbox failure) · ``WA`` wrong output (``assert``: an ``AssertionError`` or a
missing completion nonce) · ``AC``. A solution is ``AC`` only when every test is; otherwise
it takes the first non-AC test's verdict; ``passed``/``total`` count honestly.

Every test is run, except for a program that looks as if it hangs on everything: once
``tle_budget`` tests have ended in ``TLE`` while no test has been accepted yet, the remaining
tests are recorded as ``TLE`` with ``skipped: true`` and not run. Such a program costs
``tle_budget`` time limits, not ``total`` of them; a program that passes some tests and times
out on others still runs every test, so its partial success is measured.

Comparison modes are documented in :mod:`codediv.compare`. Results are cached by content
(:mod:`codediv.cache`); a cache hit runs nothing.

``run_judge`` is the ``codediv judge`` stage: it reads a problems JSONL and a solutions JSONL
and writes a results JSONL, one row per solution, in the solutions' order.
"""
from __future__ import annotations

import concurrent.futures as cf
import dataclasses
import hashlib
import json
import logging
import os
import queue
import secrets
import signal
import threading
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from tqdm import tqdm

from .cache import VerdictCache
from .compare import compare_json, outputs_equal
from .records import JudgeResult, Problem, Solution, TestOutcome, load_problems, load_solutions, write_jsonl
from .sandbox import Limits, RawRun, Sandbox
from .errors import CodedivError

log = logging.getLogger(__name__)

JUDGE_VERSION = "1"
SANDBOX_FAILURE = "sandbox failure"  # detail prefix of a test lost to the sandbox, not the program  # bump when verdict semantics change: it invalidates cached verdicts


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
    # top_level_return changes whether a program compiles; appended only when set, so the
    # hashes (and cached verdicts) of every other problem stay as they were.
    blob = json.dumps([problem.style, problem.entry_point, [[t.input, t.output] for t in problem.tests],
                       dataclasses.asdict(problem.checker) if problem.checker else None,
                       problem.time_limit_s, problem.memory_limit_mb] + ([True] if problem.top_level_return else []))
    return hashlib.sha256(blob.encode()).hexdigest()


def cache_key(code: str, problem_tests_hash: str, cfg: JudgeConfig) -> str:
    blob = json.dumps([JUDGE_VERSION, code, problem_tests_hash, cfg.mode,
                       dataclasses.asdict(cfg.limits), cfg.tle_budget])
    return hashlib.sha256(blob.encode()).hexdigest()


def _last_line(data: bytes) -> str:
    lines = [ln for ln in data.decode("utf-8", "replace").splitlines() if ln.strip()]
    return lines[-1].strip()[:300] if lines else ""


def classify_run(raw: RawRun, lim: Limits) -> str | None:
    """Verdict from how the process ended, or None when its output must be compared."""
    if raw.failure:
        return "RE"
    if raw.output_exceeded or raw.exit == -signal.SIGXFSZ:
        return "OLE"
    if raw.timed_out or raw.exit == -signal.SIGXCPU or (raw.exit == -signal.SIGKILL and raw.cpu_s >= lim.time_s):
        return "TLE"
    if raw.exit != 0:
        last = _last_line(raw.stderr_tail)
        if "[Errno 27]" in last or "[Errno 28]" in last:  # EFBIG / ENOSPC: file-size or tmpfs cap
            return "OLE"
        near_limit = raw.maxrss_kb * 1024 >= 0.9 * (lim.memory_mb << 20)
        if last.startswith("MemoryError") or (raw.exit < 0 and near_limit):
            return "MLE"
        return "RE"
    return None


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
    out = raw.stdout.decode("utf-8", "replace")
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
    detail = f"{SANDBOX_FAILURE}: {raw.failure}" if raw.failure else (_last_line(raw.stderr_tail) or verdict)
    return verdict, raw.wall_s, detail


def judge_program(sb: Sandbox, problem: Problem, code: str, cfg: JudgeConfig, sample_id: int = 0) -> JudgeResult:
    """Judge one program on every test of ``problem`` in sandbox ``sb``."""
    n = len(problem.tests)

    def uniform(verdict: str, error: str) -> JudgeResult:
        return JudgeResult(problem.id, sample_id, verdict, 0, n,
                           tuple(TestOutcome(verdict, None) for _ in range(n)), error)

    if not code.strip():
        return uniform("NOCODE", "no code to run")
    compile_error = sb.load(code, problem.style, problem.entry_point, problem.top_level_return)
    if compile_error is not None:
        return uniform("CE", compile_error)
    lim = problem_limits(cfg.limits, problem)
    outcomes: list[TestOutcome] = []
    first_error, tles, accepted, infra = "", 0, 0, False
    for i in range(n):
        if tles >= cfg.tle_budget > 0 and not accepted:
            outcomes.append(TestOutcome("TLE", None, skipped=True))
            continue
        verdict, t, detail = judge_test(sb, problem, i, lim, cfg.mode)
        infra = infra or detail.startswith(SANDBOX_FAILURE)
        tles += verdict == "TLE"
        accepted += verdict == "AC"
        outcomes.append(TestOutcome(verdict, round(t, 4)))
        if verdict != "AC" and not first_error:
            first_error = f"test {i}: {detail}"
    passed = sum(o.verdict == "AC" for o in outcomes)
    overall = next((o.verdict for o in outcomes if o.verdict != "AC"), "AC")
    return JudgeResult(problem.id, sample_id, overall, passed, n, tuple(outcomes), first_error, sandbox_failure=infra)


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
        self._cache = cache if cache is not None else (VerdictCache(cfg.cache_path) if cfg.cache else None)
        self._cache_lock = threading.Lock()
        self._hashes: dict[str, str] = {}
        self._inflight: dict[str, cf.Future] = {}  # same program + tests queued twice runs once
        self.stats = Counter()

    @property
    def isolation(self):
        return self.sandboxes[0].isolation if self.sandboxes else None

    def start(self) -> "Judge":
        for _ in range(self.workers):
            self.sandboxes.append(Sandbox(self.cfg.limits, self.cfg.use_bwrap).start())
        iso = self.isolation
        if iso.level != "full":
            if self.cfg.require_isolation:
                self.close()
                raise IsolationUnavailable(
                    f"strong isolation is unavailable ({iso.describe()}); install bubblewrap and run "
                    "the judge as root, or drop --require-isolation to accept weaker isolation")
            log.warning("judge isolation is %s: %s", iso.level, "; ".join(iso.notes))
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
                res = judge_program(sb, problem, code, self.cfg, sample_id)
            except BaseException as e:  # one broken record must not stop the others
                log.exception("judging %s/%s failed", problem.id, sample_id)
                fut.set_exception(e)
                continue
            with self._cache_lock:
                if self._cache is not None and not res.sandbox_failure:
                    self._cache.put_many({key: res.to_dict()})
                self._inflight.pop(key, None)
                self.stats["run"] += 1
            fut.set_result(res)

    def submit(self, problem: Problem, code: str, sample_id: int = 0) -> cf.Future:
        """Queue one program for judging; the future resolves to its JudgeResult."""
        th = self._hashes.get(problem.id)
        if th is None:
            th = self._hashes[problem.id] = tests_hash(problem)
        key = cache_key(code, th, self.cfg)
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
            running.add_done_callback(lambda done: _copy_result(done, fut, problem.id, sample_id))
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


def _copy_result(done: cf.Future, fut: cf.Future, problem_id: str, sample_id: int) -> None:
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
