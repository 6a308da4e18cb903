"""Evaluation throughput on this CPU: one SmolLM2-135M checkpoint on the built-in benchmark.

Measured in one run, on the same N benchmark problems (default 16) with greedy decoding:

1. hf backend, batched (generate.batch_size = 8) vs one prompt at a time (batch_size = 1):
   prompts/s and tokens/s, and the ratio (target: batched >= 3x);
2. judging the extracted programs alone (the judge's share of the work);
3. the real eval stage (``run_eval``, likelihood pass off: generation, then judging) vs
   generation alone: the extra wall time judging adds (target: <= 10 %);
4. the likelihood pass on the same checkpoint (the first verified reference of each problem,
   scored by batched forward passes) against batched generation: seconds per problem of each
   and their ratio, which is what makes scoring every checkpoint affordable where generating
   from every one is not;
5. generation with ``stop_at_code_block`` (an answer ends at its closed code block) vs without.

The checkpoint is the base model (step 0); adapters cost the same to generate from.

Usage: python bench/eval_throughput.py [--problems 16] [--max-new-tokens 128] [--dtype auto]
(--dtype float32 approximates a CPU without native bf16; the CPU model is printed.)
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from codediv.backends.hf import HFBackend  # noqa: E402
from codediv.config import load_config  # noqa: E402
from codediv.evaluate import run_eval  # noqa: E402
from codediv.judge import Judge  # noqa: E402
from codediv.model import resolve_base  # noqa: E402
from codediv.prompts import build_messages, extract_code, format_answer  # noqa: E402
from codediv.records import write_jsonl  # noqa: E402
from codediv.rundir import RunDir  # noqa: E402
from codediv.sources.builtin import load_builtin  # noqa: E402


def cpu_model() -> str:
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            return line.split(":", 1)[1].strip()
    return "unknown"


def timed_generate(backend, probs, settings) -> tuple[float, int, list[str]]:
    t0 = time.perf_counter()
    gens = backend.generate([build_messages(p) for p in probs], None, settings)
    dt = time.perf_counter() - t0
    return dt, sum(g[0].n_tokens for g in gens), [g[0].text for g in gens]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--problems", type=int, default=16)
    ap.add_argument("--max-new-tokens", type=int, default=128)
    ap.add_argument("--dtype", default="auto")
    args = ap.parse_args()
    probs = sorted(load_builtin("bench"), key=lambda p: p.id)[:args.problems]
    overrides = [f"generate.max_new_tokens={args.max_new_tokens}", "generate.batch_size=8",
                 "data.arms=[{name: deep, k: 1}]", f"model.dtype={args.dtype}", "likelihood.enabled=false"]
    cfg = load_config(None, overrides)
    base = resolve_base(cfg.model.base)
    backend = HFBackend(base, cfg.generate, cfg.model.dtype)
    t_batch, tok_batch, texts = timed_generate(backend, probs, cfg.generate)
    one = load_config(None, overrides[:1] + ["generate.batch_size=1"]).generate
    t_one, tok_one, _ = timed_generate(backend, probs, one)
    stop = load_config(None, overrides + ["generate.stop_at_code_block=true"]).generate
    t_stop, tok_stop, _ = timed_generate(backend, probs, stop)
    refs = [p for p in probs if p.solutions]
    t0 = time.perf_counter()
    scores = backend.score([build_messages(p) for p in refs], [format_answer(p.solutions[0]) for p in refs], None, 8)
    t_score = time.perf_counter() - t0
    backend.close()

    codes = [extract_code(t, p) for t, p in zip(texts, probs)]
    with Judge(cfg.judge.judge_config()) as judge:
        t0 = time.perf_counter()
        [f.result() for f in [judge.submit(p, c) for p, c in zip(probs, codes)]]
        t_judge = time.perf_counter() - t0

    with tempfile.TemporaryDirectory() as d:
        write_jsonl(RunDir(d).benchmark, probs)
        stats = run_eval(cfg, d, progress=False)
    overhead = (stats["wall_s"] - stats["model_load_s"] - stats["generation_s"]) / stats["generation_s"]

    n = len(probs)
    print(f"{n} problems, max_new_tokens {args.max_new_tokens}, greedy, SmolLM2-135M, dtype {args.dtype}, "
          f"CPU {cpu_model()}")
    print(f"batched (8):      {t_batch:7.1f} s  {n / t_batch:5.2f} prompts/s  {tok_batch / t_batch:6.1f} tok/s")
    print(f"one at a time:    {t_one:7.1f} s  {n / t_one:5.2f} prompts/s  {tok_one / t_one:6.1f} tok/s")
    print(f"batched speed-up: {t_one / t_batch:.2f}x prompts/s (target >= 3x)")
    print(f"judging alone:    {t_judge:7.2f} s = {t_judge / t_batch:.1%} of batched generation time")
    print(f"eval stage:       wall {stats['wall_s']:.1f} s, model load {stats['model_load_s']:.1f} s, "
          f"generation {stats['generation_s']:.1f} s, "
          f"judging adds {overhead:.1%} (target <= 10%)")
    scored = sum(sc.n_tokens for sc in scores)
    print(f"likelihood pass:  {t_score:7.1f} s for {len(refs)} references ({scored} answer tokens scored): "
          f"{t_score / len(refs):.2f} s a problem vs {t_batch / n:.2f} s a problem generated "
          f"= {t_batch / n / (t_score / len(refs)):.1f}x cheaper")
    print(f"stop at block:    {t_stop:7.1f} s  {tok_stop} tokens vs {tok_batch} without "
          f"({t_batch / t_stop:.2f}x faster)")


if __name__ == "__main__":
    main()
