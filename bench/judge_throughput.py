"""Judge throughput: codediv's judge vs the strongest naive judge (and LiveCodeBench's evaluator).

Workload (fixed, deterministic, unique programs, cache off): 4 tasks x 10 tests; per class
(AC, WA, RE) 48 distinct programs (each program text differs, so nothing is deduplicated),
i.e. 480 test runs per class, 1 s limit per test for every judge.

* codediv: ``Judge`` with all cores, ``cache=False``, full isolation when available (per test:
  fresh process, IPC namespace, tmpfs, memory cgroup, seccomp).
* naive: the strongest naive judge: one fresh ``python -I -S file.py`` per test through the
  absolute interpreter path (no pyenv shim, no site import), a clean environment (no
  ``PYTHONUNBUFFERED``), as many threads as cores, no isolation at all.
* LiveCodeBench (``--lcb``): ``evaluate_generations`` from the ``nvidia-livecodebench`` package
  (installed into ``~/.cache/codediv/bench-lcb`` on first use, for this benchmark only), as
  many processes as cores. It stops a program at its first failing test.

For each class it prints tests/s of both judges and the ratio (target: codediv >= 5x naive on
AC, WA and RE alike), codediv's CPU per test and per program (the AC programs judged on 1 and on
10 tests: :func:`per_program_overhead`; needs the CPU meter), and the per-test overhead in ms: wall time per test of a trivial
``print(input())`` program on one worker (median of 300 runs), codediv vs naive. Throughput
counts the workload's tests (the same numerator for every judge).

On a busy machine tests/s mostly measure the share of the cores each judge gets (the naive
judge runs more processes at once, so the scheduler gives it more). When run as root with a
cgroup v2 hierarchy, the script also moves itself into a child cgroup of its own and reports
the CPU time per test of each judge with everything it started (sandboxes included): on an
idle machine with 2 cores that, not the share, bounds tests/s.

Each judge runs ``--repeat`` times per class (3 by default), interleaved with the others, and
the medians are reported: on a shared virtual machine a single one-second run can be off by
20% (the steal line shows how much CPU the hypervisor gave to other guests meanwhile).

Usage: python bench/judge_throughput.py [--workers N] [--programs 48] [--repeat 3] [--lcb]
"""
from __future__ import annotations

import argparse
import concurrent.futures as cf
import dataclasses
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from codediv.judge import Judge, JudgeConfig  # noqa: E402
from codediv.records import Problem, Test  # noqa: E402
from codediv.sandbox import Limits, Sandbox  # noqa: E402

PY = os.path.realpath(sys.executable)
TIME_LIMIT = 1.0
LCB_DIR = Path.home() / ".cache" / "codediv" / "bench-lcb"
NAIVE_ENV = {"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"}
CLASSES = ("AC", "WA", "RE")

# name -> (reference on a list of ints, six correct programs, two wrong, one crashing)
TASKS = {
    "sum": (sum, ["print(sum(map(int, open(0).read().split()[1:])))",
                  "import sys\nd = sys.stdin.read().split()\nprint(sum(int(x) for x in d[1:]))",
                  "n = int(input())\nprint(sum(map(int, input().split())))",
                  "import sys\nn = int(sys.stdin.readline())\nt = 0\nfor x in sys.stdin.readline().split():\n    t += int(x)\nprint(t)",
                  "from functools import reduce\ninput()\nprint(reduce(lambda a, b: a + b, map(int, input().split()), 0))",
                  "import sys\nsys.stdout.write(str(sum(map(int, sys.stdin.buffer.read().split()[1:]))) + '\\n')"],
            ["input()\nprint(sum(map(int, input().split())) + 1)", "print(0)"],
            "input()\nprint(sum(map(int, input().split())) // 0)"),
    "max": (max, ["input()\nprint(max(map(int, input().split())))",
                  "import sys\nprint(max(map(int, sys.stdin.read().split()[1:])))",
                  "input()\nprint(sorted(map(int, input().split()))[-1])",
                  "input()\nbest = None\nfor x in map(int, input().split()):\n    best = x if best is None or x > best else best\nprint(best)",
                  "import heapq\ninput()\nprint(heapq.nlargest(1, map(int, input().split()))[0])",
                  "d = open(0).read().split()\nprint(max(int(x) for x in d[1:]))"],
            ["input()\nprint(min(map(int, input().split())))", "input()\nprint(sorted(map(int, input().split()))[0])"],
            "input()\nprint(max([]))"),
    "count_even": (lambda a: sum(x % 2 == 0 for x in a),
                   ["input()\nprint(sum(int(x) % 2 == 0 for x in input().split()))",
                    "import sys\nd = sys.stdin.read().split()\nprint(len([x for x in d[1:] if int(x) % 2 == 0]))",
                    "input()\nc = 0\nfor x in input().split():\n    if int(x) & 1 == 0:\n        c += 1\nprint(c)",
                    "input()\nprint(list(map(lambda x: int(x) % 2, input().split())).count(0))",
                    "import sys\nn = int(sys.stdin.readline())\nprint(n - sum(int(x) % 2 for x in sys.stdin.readline().split()))",
                    "d = open(0).read().split()\nprint(sum(1 for x in d[1:] if int(x) % 2 == 0))"],
                   ["input()\nprint(sum(int(x) % 2 for x in input().split()))", "print(1)"],
                   "input()\nprint(int('even'))"),
    "sorted": (lambda a: " ".join(map(str, sorted(a))),
               ["input()\nprint(*sorted(map(int, input().split())))",
                "import sys\nd = list(map(int, sys.stdin.read().split()[1:]))\nd.sort()\nprint(' '.join(map(str, d)))",
                "import heapq\ninput()\nh = list(map(int, input().split()))\nheapq.heapify(h)\nprint(*[heapq.heappop(h) for _ in range(len(h))])",
                "input()\na = list(map(int, input().split()))\nfor i in range(len(a)):\n    for j in range(len(a) - 1 - i):\n"
                "        if a[j] > a[j + 1]:\n            a[j], a[j + 1] = a[j + 1], a[j]\nprint(*a)",
                "from collections import Counter\ninput()\nc = Counter(map(int, input().split()))\nprint(*[k for k in sorted(c) for _ in range(c[k])])",
                "d = open(0).read().split()\nprint(' '.join(str(x) for x in sorted(int(v) for v in d[1:])))"],
               ["input()\nprint(*sorted(map(int, input().split()), reverse=True))", "input()\nprint(input())"],
               "input()\na = list(map(int, input().split()))\nprint(a[len(a) + 5])"),
}


def build_workload(per_class: int) -> tuple[list[Problem], dict[str, list[tuple[str, str]]]]:
    """4 problems x 10 tests, and per class `per_class` distinct (problem_id, code) programs."""
    rng = random.Random(12345)
    problems = []
    for name, (ref, _, _, _) in TASKS.items():
        tests = []
        for _ in range(10):
            a = [rng.randint(-1000, 1000) for _ in range(rng.randint(1, 60))]
            tests.append(Test(f"{len(a)}\n{' '.join(map(str, a))}\n", f"{ref(a)}\n"))
        problems.append(Problem(id=f"bench/{name}", source="bench", title=name, statement="", style="stdin",
                                tests=tuple(tests)))
    programs: dict[str, list[tuple[str, str]]] = {c: [] for c in CLASSES}
    for i in range(per_class):
        name = list(TASKS)[i % len(TASKS)]
        _, good, bad, crash = TASKS[name]
        tag = f"\n# variant {i}"  # distinct text: no deduplication, no cache
        programs["AC"].append((f"bench/{name}", good[i % len(good)] + tag))
        programs["WA"].append((f"bench/{name}", bad[i % len(bad)] + tag))
        programs["RE"].append((f"bench/{name}", crash + tag))
    return problems, programs


class CpuMeter:
    """CPU seconds used by this process and all its descendants (cgroup v2 ``cpu.stat``)."""

    def __init__(self):
        self.path = None
        try:
            mount = next(line.split()[4] for line in open("/proc/self/mountinfo") if " - cgroup2 " in line)
            own = next(line.strip().split("::", 1)[1] for line in open("/proc/self/cgroup") if line.startswith("0::"))
            path = Path(mount, own.lstrip("/"), f"bench-{os.getpid()}")
            path.mkdir()
            (path / "cgroup.procs").write_text(str(os.getpid()))
            self.path = path
        except (OSError, StopIteration):
            pass

    def close(self) -> None:
        """Move back to the cgroup this process came from and remove ours."""
        if self.path is not None:
            (self.path.parent / "cgroup.procs").write_text(str(os.getpid()))
            self.path.rmdir()
            self.path = None

    def seconds(self) -> float | None:
        if self.path is None:
            return None
        for line in (self.path / "cpu.stat").read_text().splitlines():
            if line.startswith("usage_usec "):
                return int(line.split()[1]) / 1e6
        return None


def _timed(meter, work):
    """(wall s, work's result, CPU s meanwhile or None without a meter)."""
    c0 = meter.seconds() if meter else None
    t0 = time.perf_counter()
    out = work()
    t = time.perf_counter() - t0
    c1 = meter.seconds() if meter else None
    return t, out, None if c0 is None or c1 is None else c1 - c0


def run_codediv(problems, programs, workers, meter=None):
    """(wall s, verdicts, CPU s while judging or None); the judge's start and close are not timed."""
    by_id = {p.id: p for p in problems}
    cfg = JudgeConfig(workers=workers, cache=False, limits=Limits(time_s=TIME_LIMIT))
    with Judge(cfg) as judge:
        return _timed(meter, lambda: [f.result().verdict for f in
                                      [judge.submit(by_id[pid], code, i) for i, (pid, code) in enumerate(programs)]])


def _naive_one(problem: Problem, code: str, tmp: Path, idx: int) -> str:
    src = tmp / f"prog{idx}.py"
    src.write_text(code)
    verdict = "AC"
    for t in problem.tests:
        try:
            p = subprocess.run([PY, "-I", "-S", str(src)], input=t.input, capture_output=True, text=True,
                               timeout=TIME_LIMIT, env=NAIVE_ENV)
        except subprocess.TimeoutExpired:
            return "TLE"
        if p.returncode != 0:
            verdict = "RE" if verdict == "AC" else verdict
        elif p.stdout.split() != t.output.split():
            verdict = "WA" if verdict == "AC" else verdict
    return verdict


def run_naive(problems, programs, workers, meter=None):
    by_id = {p.id: p for p in problems}
    with tempfile.TemporaryDirectory() as d, cf.ThreadPoolExecutor(workers) as ex:
        return _timed(meter, lambda: [f.result() for f in [ex.submit(_naive_one, by_id[pid], code, Path(d), i)
                                                           for i, (pid, code) in enumerate(programs)]])


def _ensure_lcb() -> bool:
    if not (LCB_DIR / "livecodebench").exists():
        print(f"installing nvidia-livecodebench (no deps) into {LCB_DIR} for this benchmark ...", flush=True)
        r = subprocess.run([PY, "-m", "pip", "install", "-q", "--no-deps", "--target", str(LCB_DIR),
                            "nvidia-livecodebench", "numpy"], capture_output=True, text=True)
        if r.returncode != 0:
            print("could not install nvidia-livecodebench:", r.stderr.strip()[-300:])
            return False
    sys.path.insert(0, str(LCB_DIR))
    return True


def run_lcb(problems, programs, workers):
    from livecodebench.evaluation.compute_code_generation_metrics import evaluate_generations
    by_id = {p.id: p for p in problems}
    samples, gens = [], []
    for pid, code in programs:
        p = by_id[pid]
        samples.append({"input_output": json.dumps({"inputs": [t.input for t in p.tests],
                                                    "outputs": [t.output for t in p.tests]})})
        gens.append([code])
    t0 = time.perf_counter()
    results, _ = evaluate_generations(samples, gens, num_process_evaluate=workers, timeout=int(TIME_LIMIT))
    dt = time.perf_counter() - t0
    verdicts = ["AC" if all(x is True for x in results[i][0]) else "not AC" for i in range(len(programs))]
    return dt, verdicts, None


def per_test_overhead(n: int = 300) -> tuple[float, float]:
    """Median wall ms per test of a trivial program on one worker: codediv sandbox vs naive."""
    code = "print(input())"
    with Sandbox(Limits(time_s=TIME_LIMIT)) as sb:
        sb.load(code, "stdin", None)
        times = []
        for _ in range(n):
            t0 = time.perf_counter()
            sb.run(b"hello\n")
            times.append(time.perf_counter() - t0)
    naive = []
    with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False) as fh:
        fh.write(code)
    for _ in range(n // 3):
        t0 = time.perf_counter()
        subprocess.run([PY, "-I", "-S", fh.name], input="hello\n", capture_output=True, text=True, env=NAIVE_ENV)
        naive.append(time.perf_counter() - t0)
    os.unlink(fh.name)
    return statistics.median(times) * 1000, statistics.median(naive) * 1000


def per_program_overhead(problems, programs, workers, meter, repeat: int) -> tuple[float, float] | None:
    """(CPU ms per test, CPU ms per program) of codediv on the AC programs, from the same programs
    judged on 1 and on 10 tests each (medians of ``repeat``): the difference over the nine extra
    tests is the cost of a test, the rest of the 1-test run the cost of starting and ending a
    program (its program server, its load, the host's work around it). None without a CPU meter."""
    if meter is None or meter.path is None:
        return None
    cpu = {}
    for k in (1, 10):
        probs = [dataclasses.replace(p, tests=p.tests[:k]) for p in problems]
        cpu[k] = statistics.median(run_codediv(probs, [(pid, code + f"\n# {k} tests, run {r}") for pid, code in programs],
                                               workers, meter)[2] for r in range(max(1, repeat)))
    per_test = (cpu[10] - cpu[1]) / (9 * len(programs))
    return per_test * 1000, (cpu[1] / len(programs) - per_test) * 1000


def _steal() -> tuple[float, float]:
    """(steal, all) CPU seconds of the whole machine so far (/proc/stat): time the hypervisor
    gave to other guests shows up as steal, and makes every judge look slower at random."""
    try:
        v = [int(x) for x in open("/proc/stat").readline().split()[1:9]]
    except (OSError, ValueError):
        return 0.0, 0.0
    return v[7] / os.sysconf("SC_CLK_TCK"), sum(v) / os.sysconf("SC_CLK_TCK")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    ap.add_argument("--programs", type=int, default=48, help="programs per class (10 tests each)")
    ap.add_argument("--lcb", action="store_true", help="also run LiveCodeBench's evaluator")
    ap.add_argument("--repeat", type=int, default=3,
                    help="runs of each judge per class, interleaved; medians are reported (a 1-s run is noisy)")
    args = ap.parse_args()
    problems, programs = build_workload(args.programs)
    print(f"workload per class: {args.programs} distinct programs x 10 tests; {args.workers} workers; "
          f"limit {TIME_LIMIT} s; cache off")
    med, naive_med = per_test_overhead()
    print(f"per-test overhead, trivial program, 1 worker (median): codediv {med:.2f} ms, "
          f"naive python -I -S {naive_med:.2f} ms")
    meter = CpuMeter()
    print(f"\nmedians of {args.repeat} interleaved runs per judge and class")
    print(f"{'class':<6}{'judge':<15}{'wall s':>8}{'tests/s':>9}{'vs naive':>10}{'CPU ms/test':>13}"
          f"{'vs naive':>10}{'verdicts as expected':>22}")
    steal0 = _steal()
    for cls in CLASSES:
        progs = programs[cls]
        n_tests = 10 * len(progs)
        runs = [("codediv", lambda: run_codediv(problems, progs, args.workers, meter)),
                ("naive -I -S", lambda: run_naive(problems, progs, args.workers, meter))]
        if args.lcb and _ensure_lcb():
            runs.append(("livecodebench", lambda: run_lcb(problems, progs, args.workers)))
        seen: dict[str, list] = {name: [] for name, _ in runs}
        for r in range(max(1, args.repeat)):
            for name, fn in (runs if r % 2 == 0 else runs[::-1]):  # alternate who goes first
                seen[name].append(fn())
        rows = []
        for name, _ in runs:
            t = statistics.median(x[0] for x in seen[name])
            cpus = [x[2] for x in seen[name] if x[2] is not None]
            cpu = statistics.median(cpus) * 1000 / n_tests if cpus else None
            verdicts = seen[name][0][1]
            rows.append((name, t, verdicts, cpu))
        _, base, _, base_cpu = rows[1]
        for name, t, verdicts, cpu in rows:
            right = sum(x == cls or (name == "livecodebench" and (x == "AC") == (cls == "AC")) for x in verdicts)
            cpu_cols = f"{cpu:>13.2f}{base_cpu / cpu:>9.2f}x" if cpu and base_cpu else f"{'-':>13}{'-':>10}"
            print(f"{cls:<6}{name:<15}{t:>8.2f}{n_tests / t:>9.1f}{base / t:>9.2f}x{cpu_cols}{right:>14}/{len(verdicts)}")
    steal1 = _steal()
    if steal1[1] > steal0[1]:
        print(f"CPU time stolen by the hypervisor while measuring: "
              f"{100 * (steal1[0] - steal0[0]) / (steal1[1] - steal0[1]):.1f}% (other guests; adds noise)")
    split = per_program_overhead(problems, programs["AC"], args.workers, meter, args.repeat)
    if split:
        print(f"codediv CPU on the AC programs run with 1 and with 10 tests: {split[0]:.2f} ms per test, "
              f"{split[1]:.2f} ms per program (its start and end)")
    with Judge(JudgeConfig(workers=1, cache=False)) as judge:
        iso = judge.isolation.describe()
    print(f"\ncodediv isolation: {iso}")
    print(f"machine load while measuring (1-min average): {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    meter.close()


if __name__ == "__main__":
    main()
