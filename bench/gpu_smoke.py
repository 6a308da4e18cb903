"""GPU smoke measurements (called by bench/gpu_smoke.sh): LoRA training and generation throughput.

Builds the default data (no verification, to stay short), trains arm "deep" for --steps steps
with batch 8 in bf16 when supported, then generates greedily from the final checkpoint on 24
built-in benchmark problems. Prints training tokens/s, generation tokens/s and peak GPU memory.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def main() -> None:
    import torch
    from codediv.backends.hf import HFBackend
    from codediv.config import load_config
    from codediv.dataset import run_data
    from codediv.model import resolve_base
    from codediv.prompts import build_messages
    from codediv.rundir import RunDir
    from codediv.train import run_train
    ap = argparse.ArgumentParser()
    ap.add_argument("--run-dir", required=True)
    ap.add_argument("--steps", type=int, default=40)
    a = ap.parse_args()
    cfg = load_config(None, ["data.verify=false", "data.arms=[{name: deep, k: 1}]", f"train.max_steps={a.steps}",
                             "train.batch_size=8", f"train.checkpoint_start={a.steps}", "benchmark.limit=24",
                             "generate.max_new_tokens=256", "generate.batch_size=24"])
    run_data(cfg, a.run_dir, progress=False)
    torch.cuda.reset_peak_memory_stats()
    t0 = time.perf_counter()
    run_train(cfg, a.run_dir, arms=["deep"])
    t_train = time.perf_counter() - t0
    run = RunDir(a.run_dir)
    rows = [json.loads(x) for x in run.metrics("deep", 0).read_text().splitlines()]
    tokens = max(r.get("tokens_seen", 0) for r in rows)
    mem_train = torch.cuda.max_memory_allocated() / 2**30
    probs, _ = run.benchmark_problems()
    backend = HFBackend(resolve_base(cfg.model.base), cfg.generate, cfg.model.dtype)
    torch.cuda.reset_peak_memory_stats()
    t0 = time.perf_counter()
    gens = backend.generate([build_messages(p) for p in probs], run.checkpoint("deep", 0, a.steps).path, cfg.generate)
    t_gen = time.perf_counter() - t0
    n_gen = sum(g[0].n_tokens for g in gens)
    print(f"train: {a.steps} steps, {tokens} tokens in {t_train:.1f} s = {tokens / t_train:.0f} tok/s "
          f"(incl. model load), peak {mem_train:.2f} GiB")
    print(f"generate: {len(probs)} prompts, {n_gen} tokens in {t_gen:.1f} s = {n_gen / t_gen:.0f} tok/s, "
          f"peak {torch.cuda.max_memory_allocated() / 2**30:.2f} GiB")


if __name__ == "__main__":
    main()
