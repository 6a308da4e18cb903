"""Judging on Ray: :class:`RayJudge`, the eval stage's Judge interface backed by judging actors.

Each judging actor (:class:`_JudgeWorker`) owns a sandboxed :class:`codediv.judge.Judge` with
``executor.cpus_per_judge`` workers and no cache of its own, and holds the benchmark problems
(put into the object store once). The driver side, :class:`RayJudge`, keeps what must have one
writer: it looks every program up in the verdict cache before dispatching it, runs a program
queued twice once, sends batches (at most ``executor.judge_batch``, fewer while workers are
idle, so a light load is not held back to fill a batch), and writes the cache entries the
workers return: exactly what their judge would have cached itself (it records them through an
injected cache, :class:`_Recorder`), so which results are cacheable stays the judge's decision.
A dispatcher thread hands waiting programs to idle workers and resolves the futures as batches
come back. A worker that dies is restarted and its batch rerun (``executor.max_retries``);
programs whose batch still fails resolve with an error, which the eval stage reports while
keeping every other verdict.

Reads nothing from the run folder; writes the verdict cache (driver only).
"""
from __future__ import annotations

import concurrent.futures as cf
import dataclasses
import logging
import math
import socket
import threading
import time
from collections import deque
from dataclasses import dataclass

from .cache import VerdictCache
from .distributed import DistributedError, TaskLog, cause, check_node, code_fingerprint, connect, limit_threads
from .judge import Judge, JudgeConfig, copy_result, cache_key, tests_hash
from .records import JudgeResult, Problem

log = logging.getLogger(__name__)


# -- the judging actors ----------------------------------------------------------------------
class _Recorder:
    """A verdict cache that never hits and keeps what the judge would store: the driver writes it."""

    def __init__(self):
        self.items: dict[str, dict] = {}

    def get_many(self, keys: list[str]) -> dict:
        return {}

    def put_many(self, items: dict[str, dict]) -> None:
        self.items.update(items)

    def take(self) -> dict[str, dict]:
        out, self.items = self.items, {}
        return out

    def close(self) -> None:
        pass


class _JudgeWorker:
    """One sandboxed Judge (``workers`` sandboxes, no cache of its own) and the benchmark's problems."""

    def __init__(self, cfg: JudgeConfig, problems: dict[str, Problem], workers: int, fingerprint: str):
        check_node(fingerprint, None)
        limit_threads(1)
        self.problems, self.recorder = problems, _Recorder()
        self.judge = Judge(dataclasses.replace(cfg, workers=workers, cache=False), cache=self.recorder).start()

    def ready(self) -> tuple[str, str]:
        """Where it runs (for the log) and its environment key (part of every verdict cache key)."""
        return f"{socket.gethostname()}: {self.judge.isolation.describe()}", self.judge.environment

    def judge_batch(self, items: list[tuple[str, str, int]]) -> tuple[list[dict | str], dict[str, dict], float]:
        """Results (a dict, or the failure in one line) in order, the cache entries to write, work seconds."""
        t0 = time.perf_counter()
        futs = [self.judge.submit(self.problems[pid], code, sid) for pid, code, sid in items]
        results: list[dict | str] = []
        for f in futs:
            try:
                results.append(f.result().to_dict())
            except Exception as e:  # one broken program never loses the batch
                results.append(cause(e))
        return results, self.recorder.take(), time.perf_counter() - t0


@dataclass
class _Pending:
    key: str
    problem_id: str
    code: str
    sample_id: int
    fut: cf.Future


class RayJudge:
    """:class:`codediv.judge.Judge`'s interface for the eval stage (``submit`` → future), judged on Ray.

    The driver side of judging: cache lookups, in-flight deduplication and cache writes happen
    here, in this process; programs go in batches to ``size`` judging actors. A dispatcher
    thread hands waiting programs to idle workers and resolves the futures as batches return.
    """

    def __init__(self, settings, cfg: JudgeConfig, problems: dict[str, Problem], size: int,
                 log_: TaskLog | None = None):
        self.settings, self.cfg, self.size = settings, cfg, size
        self.ray = connect(settings)
        self.problems = problems
        self.log = log_ if log_ is not None else TaskLog()
        self._cache = VerdictCache(cfg.cache_path, cfg.cache_max_entries) if cfg.cache else None
        self._environment: str | None = None  # the workers' environment key, once they have started
        self._hashes: dict[str, str] = {}
        self._inflight: dict[str, cf.Future] = {}
        self._waiting: deque[_Pending] = deque()
        self._running: dict = {}  # object ref -> (actor, batch, start time)
        self._idle: list = []
        self._cond = threading.Condition()
        self._closed = self._abort = False
        self._thread: threading.Thread | None = None

    def start(self) -> "RayJudge":
        # Once into the object store, not once per batch or worker; held here so that a restarted
        # worker finds it (Ray warns about such constructor arguments whatever their lifetime).
        self._problems_ref = self.ray.put(self.problems)
        self._idle = self._start_workers(self.size)
        self._thread = threading.Thread(target=self._loop, name="ray-judge", daemon=True)
        self._thread.start()
        return self

    def _start_workers(self, n: int) -> list:
        ray = self.ray
        cls = ray.remote(_JudgeWorker).options(num_cpus=self.settings.cpus_per_judge,
                                               max_restarts=self.settings.max_retries,
                                               max_task_retries=self.settings.max_retries)
        fp = code_fingerprint()
        actors = [cls.remote(self.cfg, self._problems_ref, self.settings.cpus_per_judge, fp) for _ in range(n)]
        t0 = time.perf_counter()
        try:
            ready = ray.get([a.ready.remote() for a in actors])
        except Exception as e:
            for a in actors:
                ray.kill(a)
            raise DistributedError(f"the judging workers cannot start: {cause(e)}") from None
        self.log.setup_s += time.perf_counter() - t0
        for w in sorted({w for w, _ in ready}):
            log.info("judging on %s", w)
        envs = {e for _, e in ready} | ({self._environment} if self._environment else set())
        if len(envs) > 1 and self._cache is not None:
            # Verdicts are cached per judging environment (isolation, interpreter, judge code): with
            # nodes that differ, a driver-side lookup cannot know which node a program will run on.
            log.warning("judging nodes differ in isolation or interpreter; verdict cache lookups are off for this run")
            self._cache.close()
            self._cache = None
        self._environment = next(iter(envs))
        return actors

    def grow(self, size: int) -> None:
        """Add judging workers up to ``size`` while programs wait (the eval stage calls it when
        generation has freed its CPUs)."""
        with self._cond:
            backlog = len(self._waiting)
        if size <= self.size or self.settings.judge_workers or not backlog:  # a count the user chose stays
            return
        new = self._start_workers(size - self.size)
        with self._cond:
            self.size = size
            self._idle.extend(new)
            self._cond.notify()

    def __enter__(self) -> "RayJudge":
        return self.start()

    def __exit__(self, exc_type, *exc) -> None:
        self.close(abort=exc_type is not None)

    def submit(self, problem: Problem, code: str, sample_id: int = 0) -> cf.Future:
        """Queue one program; the future resolves to its JudgeResult (``cached`` when not run for it)."""
        th = self._hashes.get(problem.id)
        if th is None:
            th = self._hashes[problem.id] = tests_hash(problem)
        key = cache_key(code, th, self.cfg, self._environment)
        fut: cf.Future = cf.Future()
        with self._cond:
            hit = self._cache.get_many([key]).get(key) if self._cache is not None else None
            running = self._inflight.get(key)
            if hit is None and running is None:
                if problem.id not in self.problems:
                    raise DistributedError(f"problem {problem.id} is not among the problems the judging workers hold")
                self._inflight[key] = fut
                self._waiting.append(_Pending(key, problem.id, code, sample_id, fut))
                self._cond.notify()
        if hit is not None:
            fut.set_result(JudgeResult.from_dict({**hit, "problem_id": problem.id, "sample_id": sample_id,
                                                  "cached": True}))
        elif running is not None:
            running.add_done_callback(lambda done: copy_result(done, fut, problem.id, sample_id))
        return fut

    def _dispatch(self) -> None:
        """Under the lock: give idle workers what is waiting, spread evenly, at most judge_batch each."""
        while self._idle and self._waiting:
            n = min(self.settings.judge_batch, math.ceil(len(self._waiting) / len(self._idle)))
            batch = [self._waiting.popleft() for _ in range(min(n, len(self._waiting)))]
            actor = self._idle.pop()
            ref = actor.judge_batch.remote([(p.problem_id, p.code, p.sample_id) for p in batch])
            self._running[ref] = (actor, batch, time.perf_counter())

    def _loop(self) -> None:
        ray = self.ray
        while True:
            with self._cond:
                if self._abort:
                    return
                self._dispatch()
                if not self._running:
                    if self._closed:
                        return
                    self._cond.wait(0.5)
                    continue
                refs = list(self._running)
            done, _ = ray.wait(refs, num_returns=1, timeout=0.05)
            for ref in done:
                self._finish(ref)

    def _finish(self, ref) -> None:
        with self._cond:
            actor, batch, t0 = self._running.pop(ref)
        try:
            results, entries, work = self.ray.get(ref)
        except Exception as e:  # the worker died beyond its retries: these programs stay unjudged
            why = cause(e)
            results, entries, work = [why] * len(batch), {}, 0.0
            log.error("a judging batch of %d program(s) failed: %s", len(batch), why)
        else:
            self.log.add("judge", time.perf_counter() - t0, work)
        with self._cond:
            if self._cache is not None and entries:
                self._cache.put_many(entries)
            for p in batch:
                self._inflight.pop(p.key, None)
            self._idle.append(actor)
        for p, r in zip(batch, results):
            if isinstance(r, str):
                p.fut.set_exception(DistributedError(f"judging {p.problem_id} sample {p.sample_id} failed: {r}"))
            else:
                p.fut.set_result(JudgeResult.from_dict({**r, "problem_id": p.problem_id, "sample_id": p.sample_id}))

    def close(self, abort: bool = False) -> None:
        """Stop the workers; without ``abort`` (the eval stage drained every future) after what is running."""
        with self._cond:
            self._closed, self._abort = True, abort
            self._cond.notify()
        if self._thread is not None:
            self._thread.join()
            self._thread = None
        for a in self._idle + [r[0] for r in self._running.values()]:
            self.ray.kill(a)
        self._idle.clear()
        self._running.clear()
        if self._cache is not None:
            self._cache.close()
            self._cache = None
