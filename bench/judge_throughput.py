"""Judge throughput: codediv's judge vs a naive judge vs LiveCodeBench's evaluator.

Workload (fixed, deterministic): 20 stdin problems x 10 tests, 10 programs per problem =
200 programs x 10 tests = 2,000 test runs: 6 correct variants, 2 wrong answers and 1 runtime
error per problem, plus one never-ending program on every fifth problem (4 TLE programs),
with a 1 s limit per test for every judge.

* codediv: ``Judge`` with all cores, cache off, full isolation when available.
* naive: one fresh interpreter per test (``subprocess.run([python, file])``, absolute
  interpreter path), as many threads as cores, no isolation, no TLE budget.
* LiveCodeBench: ``evaluate_generations`` from the ``nvidia-livecodebench`` package (installed
  into ``~/.cache/codediv/bench-lcb`` on first use, for this benchmark only), as many
  processes as cores. It stops a program at its first failing test, so it runs fewer tests.

Throughput = 2,000 workload tests / wall seconds, the same numerator for all three, so the
ratios compare the time to grade the same workload. It also reports each judge's agreement
with the ground truth (program graded correct iff it is one of the correct variants) and the
median per-test overhead of a trivial program (one worker, 300 runs).

Usage: python bench/judge_throughput.py [--skip-lcb]
"""
from __future__ import annotations

import argparse
import concurrent.futures as cf
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
TLE_PROGRAM = "while True:\n    pass"


def build_workload() -> tuple[list[Problem], list[tuple[str, str, bool]]]:
    """20 problems x 10 tests and 200 (problem_id, code, is_correct) programs."""
    rng = random.Random(12345)
    problems, programs = [], []
    for p in range(20):
        name = list(TASKS)[p % len(TASKS)]
        ref, good, bad, crash = TASKS[name]
        tests = []
        for _ in range(10):
            a = [rng.randint(-1000, 1000) for _ in range(rng.randint(1, 60))]
            tests.append(Test(f"{len(a)}\n{' '.join(map(str, a))}\n", f"{ref(a)}\n"))
        pid = f"bench/{name}-{p}"
        problems.append(Problem(id=pid, source="bench", title=pid, statement="", style="stdin", tests=tuple(tests)))
        programs += [(pid, c, True) for c in good] + [(pid, c, False) for c in bad] + [(pid, crash, False)]
        programs.append((pid, TLE_PROGRAM, False) if p % 5 == 0 else (pid, good[p % 6] + "\n# variant", True))
    return problems, programs


def run_codediv(problems, programs, workers):
    by_id = {p.id: p for p in problems}
    cfg = JudgeConfig(workers=workers, cache=False, limits=Limits(time_s=TIME_LIMIT))
    with Judge(cfg) as judge:
        iso = judge.isolation.describe()
        t0 = time.perf_counter()
        futs = [judge.submit(by_id[pid], code, i) for i, (pid, code, _) in enumerate(programs)]
        verdicts = [f.result().verdict == "AC" for f in futs]
        return time.perf_counter() - t0, verdicts, iso


def _naive_one(problem: Problem, code: str, tmp: Path, idx: int) -> bool:
    src = tmp / f"prog{idx}.py"
    src.write_text(code)
    ok = True
    for t in problem.tests:
        try:
            p = subprocess.run([PY, str(src)], input=t.input, capture_output=True, text=True, timeout=TIME_LIMIT)
            ok &= p.returncode == 0 and p.stdout.split() == t.output.split()
        except subprocess.TimeoutExpired:
            ok = False
    return ok


def run_naive(problems, programs, workers):
    by_id = {p.id: p for p in problems}
    with tempfile.TemporaryDirectory() as d, cf.ThreadPoolExecutor(workers) as ex:
        t0 = time.perf_counter()
        futs = [ex.submit(_naive_one, by_id[pid], code, Path(d), i) for i, (pid, code, _) in enumerate(programs)]
        verdicts = [f.result() for f in futs]
        return time.perf_counter() - t0, verdicts


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
    for pid, code, _ in programs:
        p = by_id[pid]
        samples.append({"input_output": json.dumps({"inputs": [t.input for t in p.tests],
                                                    "outputs": [t.output for t in p.tests]})})
        gens.append([code])
    t0 = time.perf_counter()
    results, _ = evaluate_generations(samples, gens, num_process_evaluate=workers, timeout=int(TIME_LIMIT))
    dt = time.perf_counter() - t0
    verdicts = [all(x is True for x in results[i][0]) for i in range(len(programs))]
    return dt, verdicts


def per_test_overhead(n: int = 300) -> tuple[float, float]:
    """Median wall ms per test of a trivial program: codediv sandbox vs a fresh interpreter."""
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
        subprocess.run([PY, fh.name], input="hello\n", capture_output=True, text=True)
        naive.append(time.perf_counter() - t0)
    os.unlink(fh.name)
    return statistics.median(times) * 1000, statistics.median(naive) * 1000


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--skip-lcb", action="store_true", help="do not run LiveCodeBench's evaluator")
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    args = ap.parse_args()
    problems, programs = build_workload()
    truth = [ok for _, _, ok in programs]
    n_tests = sum(len(p.tests) for p in problems) * 10
    print(f"workload: {len(programs)} programs x 10 tests = {n_tests} tests; {args.workers} workers; "
          f"limit {TIME_LIMIT}s; {sum(truth)} correct programs, {sum(c == TLE_PROGRAM for _, c, _ in programs)} never end")
    med, naive_med = per_test_overhead()
    print(f"per-test overhead, trivial program (median): codediv {med:.2f} ms, fresh interpreter {naive_med:.2f} ms")
    rows = []
    dt, v, iso = run_codediv(problems, programs, args.workers)
    print(f"codediv isolation: {iso}")
    rows.append(("codediv", dt, v))
    rows.append(("naive", *run_naive(problems, programs, args.workers)))
    if not args.skip_lcb and _ensure_lcb():
        rows.append(("livecodebench", *run_lcb(problems, programs, args.workers)))
    base = rows[0][1]
    print(f"\n{'judge':<14}{'wall s':>9}{'tests/s':>10}{'codediv speed-up':>18}{'agrees w/ truth':>17}")
    for name, dt, v in rows:
        agree = sum(a == b for a, b in zip(v, truth))
        print(f"{name:<14}{dt:>9.2f}{n_tests / dt:>10.1f}{dt / base:>17.2f}x{agree:>12}/{len(truth)}")


if __name__ == "__main__":
    main()
