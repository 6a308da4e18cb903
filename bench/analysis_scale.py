"""Analysis scale: ``run_analyze`` on 2 arms x 9 steps x 1,000 problems x 10 samples.

Target (issue 7): <= 10 s on the 2-core machine. The synthetic run (tests/synthetic_run.py
``random_run``: base model + 2 arms x 9 checkpoints, 190,000 judged rows written through
``codediv.store.Store``, training logs, 500 selection + 500 report problems, pass@1/5/10 with
score intervals, every comparison's sign-flip test with 10,000 random sign patterns where it
cannot be enumerated) is built first, not timed. As a baseline measured in the same run, it
also times the same analysis at 1/10 of the problems and prints the ratio (linear scaling
would be 10x; fixed costs make it less).

Usage: python bench/analysis_scale.py [--problems 1000] [--steps 9] [--samples 10]
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))
from codediv.analyze import run_analyze  # noqa: E402
from synthetic_run import random_run  # noqa: E402


def timed(run_dir: Path, problems: int, steps: int, samples: int) -> tuple[float, int]:
    cfg = random_run(run_dir, problems, steps, samples)
    t0 = time.perf_counter()
    out = run_analyze(cfg, run_dir)
    elapsed = time.perf_counter() - t0
    return elapsed, sum(1 for _ in out.glob("*"))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--problems", type=int, default=1000)
    ap.add_argument("--steps", type=int, default=9)
    ap.add_argument("--samples", type=int, default=10)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as d:
        t_small, _ = timed(Path(d) / "small", args.problems // 10, args.steps, args.samples)
        t_big, files = timed(Path(d) / "big", args.problems, args.steps, args.samples)
    judged = (2 * args.steps + 1) * args.problems * args.samples
    print(f"2 arms x {args.steps} steps x {args.problems} problems x {args.samples} samples "
          f"({judged:,} judged rows): analyze {t_big:.2f} s (target <= 10 s), {files} files written")
    print(f"baseline {args.problems // 10} problems: {t_small:.2f} s; ratio {t_big / t_small:.1f}x for 10x the data")


if __name__ == "__main__":
    main()
