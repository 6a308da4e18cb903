"""Ray execution (``executor.kind: ray``): training runs, per-target passes and judging as Ray tasks.

Imported only when a config asks for Ray; Ray itself is the optional extra ``.[ray]``. The
driver (the process running ``codediv run``/``train``/``eval``) stays the only writer of the
run folder's results: ``results.sqlite`` and the verdict cache are written there and nowhere
else, from the rows the tasks return. Training runs write their own checkpoint folders, as
they do locally. What runs where:

* **training runs** (:func:`run_tasks`): one plain task per arm × seed, reserving
  ``gpus_per_task`` GPUs when the cluster has GPUs and ``cpus_per_task`` CPUs, with torch
  limited to that many threads. A task whose worker died is rerun up to ``max_retries``
  times and resumes from its last complete checkpoint; one that raises is reported with its
  arm and seed while the others go on.
* **per-target passes** (:class:`TargetPool`): a pool of actors, each building its state once
  (the generation backend: the model is loaded once per worker, not once per checkpoint) and
  then running ``fn(state, *args)`` per target, returning rows. Generation uses it
  (:func:`codediv.evaluate.generate_rows`); any other per-target pass over the same model
  can use the same pool. A worker that dies is restarted and its task rerun (``max_retries``).
* **judging** (:class:`codediv.distributed_judge.RayJudge`): judging actors behind the
  Judge interface; the driver keeps the verdict cache.

Every task and worker checks that its node runs the driver's codediv (a hash of the package's
sources) and sees the run folder: on a cluster of several nodes the run folder must be on a
shared file system. Without ``executor.address`` a Ray instance is started on this machine
(all its CPUs and GPUs) and ends with the process; ``auto`` or an address joins a running
cluster (``ray start``). Worker counts are checked against the cluster before any starts.
"""
from __future__ import annotations

import dataclasses
import functools
import hashlib
import logging
import math
import os
import re
import socket
import sys
import time
from collections import deque
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterator

from .errors import CodedivError

log = logging.getLogger(__name__)


class DistributedError(CodedivError):
    """Ray is missing or unreachable, a node cannot run codediv's tasks, or tasks failed."""


# -- the connection -----------------------------------------------------------------------
def _ray():
    try:
        import ray
    except ImportError:
        raise DistributedError("executor.kind=ray needs Ray: pip install -e '.[ray]' (or set executor.kind=local)") \
            from None
    return ray


def check_address(address: str | None) -> None:
    """A ``host:port`` (or ``ray://host:port``) address must accept connections: Ray itself waits
    minutes for one that never answers."""
    m = re.fullmatch(r"(?:ray://)?([^:/]+):(\d+)", address or "")
    if not m:
        return  # None (start Ray here) or "auto" (Ray looks up this node's cluster and says if there is none)
    try:
        socket.create_connection((m.group(1), int(m.group(2))), timeout=5).close()
    except OSError as e:
        raise DistributedError(f"no Ray cluster answers at {address} ({e.strerror or e}); start one with "
                               "`ray start --head` or fix executor.address") from None


def connect(settings):
    """The ``ray`` module, connected: an existing connection (e.g. a test's) is reused."""
    ray = _ray()
    if not ray.is_initialized():
        check_address(settings.address)
        try:
            ray.init(address=settings.address, include_dashboard=False, logging_level=logging.WARNING)
        except (ConnectionError, ValueError, RuntimeError) as e:
            raise DistributedError(f"cannot reach the Ray cluster at {settings.address!r} ({e}); start it with "
                                   "`ray start --head` or fix executor.address") from None
        res = ray.cluster_resources()
        log.info("Ray cluster: %g CPUs, %g GPUs, %d node(s)", res.get("CPU", 0), res.get("GPU", 0),
                 len([n for n in ray.nodes() if n.get("Alive")]))
    return ray


def cluster_size(ray) -> tuple[float, float]:
    """(CPUs, GPUs) of the whole cluster."""
    res = ray.cluster_resources()
    return float(res.get("CPU", 0)), float(res.get("GPU", 0))


def task_resources(settings, gpus_in_cluster: float) -> dict:
    """What one training run or generation worker reserves: GPUs only where the cluster has them."""
    return {"num_cpus": settings.cpus_per_task, "num_gpus": settings.gpus_per_task if gpus_in_cluster else 0}


def worker_counts(settings, ray, generation_jobs: int) -> tuple[int, int]:
    """(generation workers, judging workers) for an eval stage with ``generation_jobs`` targets to generate."""
    cpus, gpus = cluster_size(ray)
    gen = settings.generate_workers
    if not gen:
        share = math.floor(gpus / settings.gpus_per_task) if gpus else int(cpus // (4 * settings.cpus_per_task))
        gen = max(1, share)
    gen = min(gen, generation_jobs)
    judge = settings.judge_workers or max(1, int((cpus - gen * settings.cpus_per_task) // settings.cpus_per_judge))
    need = gen * settings.cpus_per_task + judge * settings.cpus_per_judge
    if need > cpus:  # the workers all start together: ones that never fit would wait forever
        raise DistributedError(f"{gen} generation worker(s) x {settings.cpus_per_task} CPUs and {judge} judging "
                               f"worker(s) x {settings.cpus_per_judge} CPUs need {need:g} CPUs, the cluster has "
                               f"{cpus:g}; lower executor.cpus_per_task, cpus_per_judge or the worker counts")
    return gen, judge


def limit_threads(n: int) -> None:
    """A task on ``n`` reserved CPUs uses ``n`` threads: two tasks on a 2-core node must not each take both."""
    for var in ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "OPENBLAS_NUM_THREADS"):
        os.environ[var] = str(n)
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    os.environ["TQDM_DISABLE"] = "1"  # workers' progress bars would interleave on the driver's terminal
    torch = sys.modules.get("torch")  # torch reads OMP_NUM_THREADS when imported; if it already is, tell it
    if torch is not None:
        torch.set_num_threads(n)


@functools.lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """Hash of this codediv's source files: the driver and every node must run the same code (read
    once per process)."""
    h = hashlib.sha256()
    root = Path(__file__).resolve().parent
    for f in sorted(root.rglob("*.py")):
        h.update(str(f.relative_to(root)).encode() + b"\0" + f.read_bytes())
    return h.hexdigest()[:16]


def check_node(fingerprint: str, run_dir: str | None) -> None:
    host = socket.gethostname()
    if code_fingerprint() != fingerprint:
        raise DistributedError(f"node {host} runs another version of codediv than the driver; install the "
                               "driver's commit on every node (pip install -e '.[ray]')")
    if run_dir and not Path(run_dir).is_dir():
        raise DistributedError(f"node {host} does not see the run folder {run_dir}; put it on a file system "
                               "every node mounts at the same path")


def cause(exc: BaseException) -> str:
    """The root cause of a task failure in one line (Ray wraps it in its own error with the remote
    traceback); a codediv error, which already says what to do, is given as its message alone."""
    inner = getattr(exc, "cause", None)
    if isinstance(inner, BaseException):
        exc = inner
    if isinstance(exc, CodedivError):
        return str(exc)
    lines = [ln.strip() for ln in str(exc).splitlines() if ln.strip()]
    last = lines[-1] if lines else type(exc).__name__
    ours = re.match(r"codediv(\.\w+)+: (.+)", last)
    if ours:
        return ours.group(2)
    return last if last.startswith(type(exc).__name__) else f"{type(exc).__name__}: {last}"


@dataclass
class TaskLog:
    """Timings of the tasks one stage ran: round trip seen by the driver and work inside the task."""

    records: list[tuple[str, float, float]] = dataclasses.field(default_factory=list)  #: (kind, round trip, work)
    setup_s: float = 0.0  #: worker start-up (model load, sandboxes), summed over workers

    def add(self, kind: str, round_trip: float, work: float) -> None:
        self.records.append((kind, round_trip, work))

    def summary(self) -> dict:
        out: dict = {"setup_s": round(self.setup_s, 2)}
        for kind in sorted({r[0] for r in self.records}):
            rows = [r for r in self.records if r[0] == kind]
            over = sorted(rt - w for _, rt, w in rows)
            out[kind] = {"tasks": len(rows), "work_s": round(sum(w for _, _, w in rows), 3),
                         "overhead_s_mean": round(sum(over) / len(over), 4),
                         "overhead_s_median": round(over[len(over) // 2], 4)}
        return out


# -- plain tasks: one training run each ----------------------------------------------------
def _call(threads: int, fingerprint: str, run_dir: str | None, fn: Callable, args: tuple) -> tuple[Any, float]:
    check_node(fingerprint, run_dir)
    limit_threads(threads)
    t0 = time.perf_counter()
    return fn(*args), time.perf_counter() - t0


def run_tasks(settings, fn: Callable, jobs: list[tuple[str, tuple]], run_dir: str | None = None,
              log_: TaskLog | None = None) -> tuple[dict[str, Any], dict[str, str]]:
    """Run ``fn(*args)`` for every ``(label, args)`` as its own task; returns (results, failures) by label.

    Failures are one line each (the label says which arm and seed); the other tasks' results
    are kept. A task whose worker process or node died is rerun by Ray (``max_retries``).
    """
    ray = connect(settings)
    cpus, gpus = cluster_size(ray)
    opts = task_resources(settings, gpus)
    if opts["num_cpus"] > cpus or opts["num_gpus"] > gpus:  # Ray would wait forever for such a node
        raise DistributedError(f"a task reserving {opts['num_cpus']} CPUs and {opts['num_gpus']:g} GPUs cannot run on "
                               f"a cluster of {cpus:g} CPUs and {gpus:g} GPUs; lower executor.cpus_per_task")
    remote = ray.remote(_call).options(**opts, max_retries=settings.max_retries, retry_exceptions=False)
    fp = code_fingerprint()
    started = {remote.remote(settings.cpus_per_task, fp, run_dir, fn, args): (label, time.perf_counter())
               for label, args in jobs}
    results, failures = {}, {}
    pending = list(started)
    while pending:
        done, pending = ray.wait(pending, num_returns=1)
        label, t0 = started[done[0]]
        try:
            value, work = ray.get(done[0])
        except Exception as e:  # reported with its label; the other tasks go on
            failures[label] = cause(e)
            log.error("%s failed: %s", label, failures[label])
            continue
        results[label] = value
        if log_ is not None:
            log_.add("task", time.perf_counter() - t0, work)
    return results, failures


# -- actors: per-target passes ------------------------------------------------------------
class _TargetWorker:
    """Builds ``setup()`` once (e.g. loads the model), then runs ``fn(state, *args)`` per call."""

    def __init__(self, threads: int, fingerprint: str, run_dir: str | None, setup: Callable[[], Any]):
        check_node(fingerprint, run_dir)
        limit_threads(threads)
        t0 = time.perf_counter()
        self.state = setup()
        self.setup_s = time.perf_counter() - t0

    def ready(self) -> float:
        return self.setup_s

    def run(self, fn: Callable, args: tuple) -> tuple[Any, float]:
        t0 = time.perf_counter()
        return fn(self.state, *args), time.perf_counter() - t0

    def close(self) -> None:
        close = getattr(self.state, "close", None)
        if close is not None:
            close()


class TargetPool:
    """``size`` actors holding ``setup()``'s state; :meth:`map` runs one call per job on whichever is free."""

    def __init__(self, settings, setup: Callable[[], Any], size: int, run_dir: str | None = None,
                 log_: TaskLog | None = None):
        ray = self.ray = connect(settings)
        opts = task_resources(settings, cluster_size(ray)[1])
        cls = ray.remote(_TargetWorker).options(**opts, max_restarts=settings.max_retries,
                                                 max_task_retries=settings.max_retries)
        self.log = log_ if log_ is not None else TaskLog()
        # Held here for the pool's lifetime: a restarted worker is built from it again, and Ray
        # frees a large constructor argument it stored itself once the first start is done.
        self._setup = ray.put(setup)
        self.actors = [cls.remote(settings.cpus_per_task, code_fingerprint(), run_dir, self._setup)
                       for _ in range(size)]
        self._ready = {a: a.ready.remote() for a in self.actors}
        self._broken: set = set()  #: workers whose start failed (closed with the others, never given a job)

    def map(self, fn: Callable, jobs: list[tuple[str, tuple]],
            poll_s: float = 1.0) -> Iterator[tuple[str | None, Any, str | None]]:
        """Yield ``(label, result, None)`` or ``(label, None, one-line failure)`` as each job finishes,
        and ``(None, None, None)`` after ``poll_s`` seconds without one (the caller's chance to do
        other work, such as storing verdicts)."""
        self._wait_ready()
        ray, todo, idle = self.ray, deque(jobs), [a for a in self.actors if a not in self._broken]
        running: dict = {}
        while todo or running:
            while todo and idle:
                actor = idle.pop()
                label, args = todo.popleft()
                running[actor.run.remote(fn, args)] = (actor, label, time.perf_counter())
            done, _ = ray.wait(list(running), num_returns=1, timeout=poll_s)
            if not done:
                yield None, None, None
                continue
            actor, label, t0 = running.pop(done[0])
            idle.append(actor)
            try:
                value, work = ray.get(done[0])
            except Exception as e:  # this target is reported; the others go on
                yield label, None, cause(e)
                continue
            self.log.add("target", time.perf_counter() - t0, work)
            yield label, value, None

    def _wait_ready(self) -> None:
        """Workers start in parallel; their start-up (model load) is counted as setup, not per task.
        When none starts, that is one error; a worker that failed to start gets no jobs (the others
        take them)."""
        errors = []
        for actor, ref in self._ready.items():
            try:
                self.log.setup_s += self.ray.get(ref)
            except Exception as e:
                errors.append(cause(e))
                self._broken.add(actor)
                log.error("a target worker could not start: %s", errors[-1])
        if errors and len(errors) == len(self._ready):
            raise DistributedError(f"no target worker could start: {errors[0]}")
        self._ready.clear()

    def close(self) -> None:
        for actor in self.actors:
            try:
                self.ray.get(actor.close.remote(), timeout=60)
            except Exception as e:  # a worker that never started has nothing to close
                log.debug("closing a target worker: %s", cause(e))
            self.ray.kill(actor)
        self.actors.clear()
