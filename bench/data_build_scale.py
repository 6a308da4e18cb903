"""Data-stage scale: build Deep/Diverse arms from a synthetic pool of 25,000 problems x 20 solutions.

Target (issue 3): <= 60 s and <= 2 GB on the 2-core machine, verification excluded (it runs at
the judge's throughput, see bench/judge_throughput.py). The pool is written as canonical JSONL
first (not timed), then ``run_data`` runs with ``data.verify=false`` at the study's budgets:
Deep 5,000 x 1 vs Diverse 1,000 x 5, with problem merging, decontamination against the
built-in benchmark, solution dedup, diverse selection and splits all on.

As a baseline measured in the same run, it also times the same build on a pool 10x smaller,
and prints the time ratio (linear scaling would be 10x).

Usage: python bench/data_build_scale.py [--problems 25000] [--solutions 20]
"""
from __future__ import annotations

import argparse
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from codediv.config import load_config  # noqa: E402
from codediv.dataset import run_data  # noqa: E402
from codediv.records import Problem, Test, write_jsonl  # noqa: E402

WORDS = ("array string graph tree query value index sum count pair grid path cost time robot coin "
         "prime digit order interval segment node edge color score level round move step").split()
OPS = ["+", "-", "*", "//", "%", "^", "|", "&"]
IDIOMS = ["for {v} in range({n}):\n    {a} {op}= {v}\n", "{a} = sum({v} {op} 1 for {v} in range({n}))\n",
          "while {a} < {n}:\n    {a} = {a} * 2 + 1\n", "{a} = sorted([{v} {op} 3 for {v} in range({n})])[0]\n",
          "import math\n{a} = math.gcd({a}, {n})\n", "{a} = max({a}, {n} {op} 7)\n",
          "if {a} % 2:\n    {a} //= 2\nelse:\n    {a} += {n}\n", "{a} = len(str({a})) + {n}\n"]


def synthetic_pool(n_problems: int, n_solutions: int, seed: int = 0) -> list[Problem]:
    rng = random.Random(seed)
    probs = []
    for i in range(n_problems):
        statement = " ".join(rng.choice(WORDS) for _ in range(rng.randint(60, 160))) + f" task {i}"
        sols = []
        for _ in range(n_solutions):
            body = "a = int(input())\n" + "".join(
                rng.choice(IDIOMS).format(a="a", v=rng.choice("ijk"), n=rng.randint(2, 99), op=rng.choice(OPS))
                for _ in range(rng.randint(2, 8)))
            sols.append(body + "print(a)\n")
        probs.append(Problem(id=f"jsonl/syn-{i:05d}", source="jsonl", title=f"syn {i}", statement=statement,
                             style="stdin", tests=(Test("1\n", "1\n"),), solutions=tuple(sols),
                             difficulty=rng.choice(["easy", "medium", "hard"])))
    return probs


def build(pool_path: Path, run_dir: Path, budget: int) -> float:
    cfg = load_config(None, [f"data.sources=[{{kind: jsonl, path: {pool_path}}}]", "data.verify=false",
                             f"data.budget={budget}", "data.max_tokens=100000"])
    t0 = time.perf_counter()
    run_data(cfg, run_dir, progress=False)
    return time.perf_counter() - t0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--problems", type=int, default=25000)
    ap.add_argument("--solutions", type=int, default=20)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as d:
        d = Path(d)
        small = d / "small.jsonl"
        write_jsonl(small, synthetic_pool(args.problems // 10, args.solutions, seed=1))
        t_small = build(small, d / "run_small", 500)
        big = d / "big.jsonl"
        write_jsonl(big, synthetic_pool(args.problems, args.solutions))
        t_big = build(big, d / "run_big", 5000)
    peak_gb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 2**20
    print(f"pool {args.problems} problems x {args.solutions} solutions: build {t_big:.1f} s (target <= 60 s), "
          f"peak RSS {peak_gb:.2f} GB (target <= 2 GB)")
    print(f"baseline pool {args.problems // 10} problems: {t_small:.1f} s; ratio {t_big / t_small:.1f}x for 10x the data")


if __name__ == "__main__":
    main()
