"""Reference likelihood through the hf backend: batched, left-padded scoring equals scoring each
answer alone with the full logits (a plain reference computation), for the base model and with a
LoRA adapter; answers are tokenized exactly as training examples are."""
from __future__ import annotations

import math

import pytest
import torch

from codediv.backends.hf import HFBackend
from codediv.config import load_config
from codediv.prompts import build_messages, format_answer
from codediv.sources.builtin import load_builtin


def _reference_nll(model, tok, prompt, answer) -> tuple[float, int]:
    """Unbatched, unpadded, full-vocabulary NLL of the answer tokens (the textbook computation)."""
    p = tok.apply_chat_template(prompt, tokenize=True, add_generation_prompt=True)
    p = list(p["input_ids"] if hasattr(p, "keys") else p)
    f = tok.apply_chat_template(prompt + [{"role": "assistant", "content": answer}], tokenize=True)
    f = list(f["input_ids"] if hasattr(f, "keys") else f)
    ids = torch.tensor([f])
    with torch.no_grad():
        logp = torch.log_softmax(model(ids).logits[0].double(), -1)
    nll = -sum(float(logp[t - 1, f[t]]) for t in range(len(p), len(f)))
    return nll, len(f) - len(p)


@pytest.fixture(scope="module")
def cases():
    probs = load_builtin("bench")[:5]
    return [build_messages(p) for p in probs], [format_answer(p.solutions[0]) for p in probs]


def _backend(folder):
    cfg = load_config(None, ["model.dtype=float32"])
    return HFBackend(folder, cfg.generate, "float32")


def test_batched_scores_equal_one_at_a_time_reference(tiny_base, cases):
    prompts, answers = cases
    be = _backend(tiny_base)
    scores = be.score(prompts, answers, None, batch_size=3)  # uneven last batch, mixed lengths
    for prompt, answer, s in zip(prompts, answers, scores):
        nll, n = _reference_nll(be.base, be.tok, prompt, answer)
        assert s.n_tokens == n and s.n_bytes == len(answer.encode())
        assert s.nll == pytest.approx(nll, rel=1e-4)
        assert s.nll / s.n_tokens == pytest.approx(nll / n, rel=1e-4) and not math.isnan(s.nll)


def test_adapter_scores_use_the_adapter_and_base_scores_do_not(tiny_base, cases, tmp_path):
    from peft import LoraConfig, get_peft_model
    from codediv.model import load_model
    prompts, answers = cases
    torch.manual_seed(1)
    peft = get_peft_model(load_model(tiny_base, "float32"),
                          LoraConfig(r=4, lora_alpha=8, target_modules="all-linear", init_lora_weights=False))
    peft.save_pretrained(tmp_path / "adapter")
    be = _backend(tiny_base)
    base_before = be.score(prompts, answers, None, 4)
    with_adapter = be.score(prompts, answers, tmp_path / "adapter", 4)
    base_after = be.score(prompts, answers, None, 4)
    for a, b, c, prompt, answer in zip(base_before, with_adapter, base_after, prompts, answers):
        assert a.nll == pytest.approx(c.nll, rel=1e-6)  # the adapter is switched off for the base
        assert abs(a.nll - b.nll) > 1e-3
        ref, _ = _reference_nll(peft, be.tok, prompt, answer)
        assert b.nll == pytest.approx(ref, rel=1e-4)
