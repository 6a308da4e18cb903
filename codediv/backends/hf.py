"""transformers backend: batched generation with left padding, LoRA adapters swapped per checkpoint.

The base model is loaded once. The first adapter wraps it in a ``PeftModel``; every later
checkpoint is loaded as another named adapter and activated (``set_adapter``), and the
previous one is deleted, so memory stays at one base + one adapter and the base weights are
never reloaded. The base model itself (step 0) runs with adapters disabled.

Decoding: greedy when ``temperature == 0`` (the study's pass@1), otherwise sampling with
``temperature``/``top_p`` and ``n_samples`` return sequences per prompt, seeded per batch from
``settings.seed`` so a rerun reproduces the same samples. Prompts are sorted by length before
batching (less padding), and results are returned in the caller's order.
"""
from __future__ import annotations

import logging
import time
from pathlib import Path

from . import Generation

log = logging.getLogger(__name__)


class HFBackend:
    def __init__(self, base_folder: Path, settings, dtype: str = "auto"):
        import torch
        from ..model import load_model, load_tokenizer
        self.settings = settings
        self.tok = load_tokenizer(base_folder)
        self.tok.padding_side = "left"
        self.base = load_model(base_folder, dtype)
        self.device = "cuda" if torch.cuda.is_available() else "cpu"
        self.base.to(self.device).eval()
        self.model = self.base
        self.loaded: Path | None = None  # adapter folder currently loaded in the PeftModel
        self._count = 0

    def _activate(self, adapter: Path | None) -> None:
        """Make ``adapter`` the active one; the eval stage calls this once per batch, so a
        checkpoint already loaded is not loaded again. ``None`` (the base model) is served by
        disabling adapters in ``generate``."""
        from peft import PeftModel
        if adapter is None or adapter == self.loaded:
            return
        name = f"ckpt{self._count}"
        self._count += 1
        if self.model is self.base:
            self.model = PeftModel.from_pretrained(self.base, str(adapter), adapter_name=name)
        else:
            self.model.load_adapter(str(adapter), adapter_name=name)
            self.model.set_adapter(name)
            for old in [a for a in self.model.peft_config if a != name]:
                self.model.delete_adapter(old)
        self.model.eval()
        self.loaded = adapter

    def _encode(self, messages: list[dict]) -> list[int]:
        ids = self.tok.apply_chat_template(messages, tokenize=True, add_generation_prompt=True)
        return list(ids["input_ids"] if hasattr(ids, "keys") else ids)

    def generate(self, prompts: list[list[dict]], adapter: Path | None, settings=None) -> list[list[Generation]]:
        import contextlib
        import torch
        s = settings or self.settings
        self._activate(adapter)
        encoded = [self._encode(p) for p in prompts]
        order = sorted(range(len(prompts)), key=lambda i: len(encoded[i]))
        out: list[list[Generation] | None] = [None] * len(prompts)
        bs = max(1, s.batch_size)
        for start in range(0, len(order), bs):
            idx = order[start:start + bs]
            batch = self.tok.pad({"input_ids": [encoded[i] for i in idx]}, return_tensors="pt").to(self.device)
            kwargs = dict(max_new_tokens=s.max_new_tokens, pad_token_id=self.tok.pad_token_id,
                          num_return_sequences=s.n_samples)
            if s.temperature > 0:
                kwargs.update(do_sample=True, temperature=s.temperature, top_p=s.top_p)
                torch.manual_seed(s.seed + start)
            else:
                kwargs.update(do_sample=False)
            disable = (self.model.disable_adapter() if adapter is None and self.model is not self.base
                       else contextlib.nullcontext())
            t0 = time.perf_counter()
            with torch.inference_mode(), disable:
                seqs = self.model.generate(**batch, **kwargs)
            dt = time.perf_counter() - t0
            new = seqs[:, batch["input_ids"].shape[1]:]
            per = dt / len(new)
            for j, i in enumerate(idx):
                gens = []
                for k in range(s.n_samples):
                    row = new[j * s.n_samples + k]
                    n = int((row != self.tok.pad_token_id).sum())
                    gens.append(Generation(self.tok.decode(row, skip_special_tokens=True), n, per))
                out[i] = gens
        return out  # type: ignore[return-value]

    def close(self) -> None:
        self.model = self.base = None
