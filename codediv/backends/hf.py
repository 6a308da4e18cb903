"""transformers backend: batched generation with left padding, LoRA adapters swapped per checkpoint.

The base model is loaded once. The first adapter wraps it in a ``PeftModel``; every later
checkpoint is loaded as another named adapter and activated (``set_adapter``), and the
previous one is deleted, so memory stays at one base + one adapter and the base weights are
never reloaded. The base model itself (step 0) runs with adapters disabled.

Decoding: greedy when ``temperature == 0`` (the study's pass@1), otherwise sampling with
``temperature``/``top_p`` and ``n_samples`` return sequences per prompt, seeded per batch from
``settings.seed`` so a rerun reproduces the same samples. With ``stop_at_code_block`` a row
stops as soon as its answer holds a closed code block (so the first block is the one judged),
instead of spending the token budget on prose after the program. Prompts are sorted by
length before batching (less padding), and results are returned in the caller's order.

Scoring (:meth:`HFBackend.score`): teacher-forced forward passes over prompt + reference
answer, tokenized exactly as the training data is, batched with left padding (sorted by
length too); the NLL of the answer tokens is summed in float32.
"""
from __future__ import annotations

import logging
import time
from pathlib import Path

from . import Generation, Score, answer_token_ids, chat_ids

log = logging.getLogger(__name__)


def _code_block_stop(tok, prompt_len: int, fence_ids: frozenset[int]):
    """A stopping criterion that ends each row once its new text holds a closed code block.

    A block closes with a backtick, so a row is decoded and searched only when its newest token
    holds one (``fence_ids``), and a finished row is never looked at again: the check costs a
    set lookup per row and token, not a decode of every row's whole answer."""
    import torch
    from transformers import StoppingCriteria
    from ..prompts import has_closed_block

    class CodeBlockStop(StoppingCriteria):
        done: list[bool] | None = None

        def __call__(self, input_ids, scores, **kwargs):
            if self.done is None:
                self.done = [False] * input_ids.shape[0]
            for i, token in enumerate(input_ids[:, -1].tolist()):
                if not self.done[i] and token in fence_ids:
                    self.done[i] = has_closed_block(tok.decode(input_ids[i, prompt_len:], skip_special_tokens=True))
            return torch.tensor(self.done, device=input_ids.device)
    return CodeBlockStop()


def backtick_token_ids(tok) -> frozenset[int]:
    """Ids of the tokens whose text holds a backtick (the only ones that can close a code block)."""
    return frozenset(i for i in range(len(tok)) if "`" in tok.decode([i]))


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
        self._fence_ids: frozenset[int] | None = None  #: tokens that can close a code block (on first use)

    def _activate(self, adapter: Path | None) -> None:
        """Make ``adapter`` the active one; the eval stage calls this once per batch, so a
        checkpoint already loaded is not loaded again. ``None`` (the base model) is served by
        disabling adapters in ``generate``."""
        from peft import PeftModel

        from ..model import quiet_hf
        if adapter is None or adapter == self.loaded:
            return
        name = f"ckpt{self._count}"
        self._count += 1
        with quiet_hf():  # PEFT touches deprecated transformers internals: notices, not warnings for a user
            if self.model is self.base:
                self.model = PeftModel.from_pretrained(self.base, str(adapter), adapter_name=name)
            else:
                self.model.load_adapter(str(adapter), adapter_name=name)
                self.model.set_adapter(name)
                for old in [a for a in self.model.peft_config if a != name]:
                    self.model.delete_adapter(old)
        self.model.eval()
        self.loaded = adapter

    def _base_only(self, adapter: Path | None):
        """The context the model runs in: adapters switched off for the base model (``None``)."""
        import contextlib
        if adapter is None and self.model is not self.base:
            return self.model.disable_adapter()
        return contextlib.nullcontext()

    def _encode(self, messages: list[dict]) -> list[int]:
        return chat_ids(self.tok, messages)

    def generate(self, prompts: list[list[dict]], adapter: Path | None, settings=None) -> list[list[Generation]]:
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
            if s.stop_at_code_block:
                if self._fence_ids is None:
                    self._fence_ids = backtick_token_ids(self.tok)
                kwargs["stopping_criteria"] = [_code_block_stop(self.tok, batch["input_ids"].shape[1], self._fence_ids)]
            disable = self._base_only(adapter)
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

    def score(self, prompts: list[list[dict]], answers: list[str], adapter: Path | None,
              batch_size: int = 8) -> list[Score]:
        """Summed NLL of every answer given its prompt, batched with left padding.

        Left padding puts every answer at the end of its row, so the LM head runs only on the last
        ``max answer length`` positions (``logits_to_keep``), not on the prompts: with a 50-150k
        vocabulary that is most of the memory of a forward pass.
        """
        import torch
        self._activate(adapter)
        encoded = [answer_token_ids(self.tok, p, a) for p, a in zip(prompts, answers)]
        order = sorted(range(len(encoded)), key=lambda i: len(encoded[i][0]))
        out: list[Score | None] = [None] * len(encoded)
        for start in range(0, len(order), max(1, batch_size)):
            idx = order[start:start + max(1, batch_size)]
            rows = [encoded[i][0] for i in idx]
            n_ans = [len(encoded[i][0]) - encoded[i][1] for i in idx]
            batch = self.tok.pad({"input_ids": rows}, return_tensors="pt").to(self.device)
            # Positions count real tokens only, so a left-padded row is scored as it would be alone.
            batch["position_ids"] = (batch["attention_mask"].cumsum(-1) - 1).clamp(min=0)
            keep = max(n_ans) + 1  # logits at position t predict token t + 1
            disable = self._base_only(adapter)
            with torch.inference_mode(), disable:
                logits = self.model(**batch, logits_to_keep=keep).logits.float()
            logp = torch.log_softmax(logits[:, :-1], dim=-1)
            targets = batch["input_ids"][:, -keep + 1:]
            token_lp = logp.gather(-1, targets.unsqueeze(-1)).squeeze(-1)
            for j, i in enumerate(idx):
                nll = -float(token_lp[j, -n_ans[j]:].sum())
                out[i] = Score(nll, n_ans[j], len(answers[i].encode("utf-8")))
        return out  # type: ignore[return-value]

    def close(self) -> None:
        self.model = self.base = None
