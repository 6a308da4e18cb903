"""Reference likelihood through the hf backend: batched, left-padded scoring equals scoring each
answer alone with the full logits (a plain reference computation), for the base model and with a
LoRA adapter. Answers are tokenized by the chat-template recipe TRL applies to prompt/completion
pairs (``answer_token_ids``); the reference computation uses the same recipe, so agreement with
TRL's own tokenization is not what these tests show."""
from __future__ import annotations

import math

import warnings

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
    with warnings.catch_warnings(record=True) as seen:
        warnings.simplefilter("always")
        with_adapter = be.score(prompts, answers, tmp_path / "adapter", 4)
    # loading an adapter prints none of the deprecation notices PEFT triggers inside transformers
    assert not [w for w in seen if issubclass(w.category, FutureWarning)], [str(w.message) for w in seen]
    base_after = be.score(prompts, answers, None, 4)
    for a, b, c, prompt, answer in zip(base_before, with_adapter, base_after, prompts, answers):
        assert a.nll == pytest.approx(c.nll, rel=1e-6)  # the adapter is switched off for the base
        assert abs(a.nll - b.nll) > 1e-3
        ref, _ = _reference_nll(peft, be.tok, prompt, answer)
        assert b.nll == pytest.approx(ref, rel=1e-4)


# ---- the eval stage's likelihood pass, with the real tiny model and the real judge ------------------------

def _adapter(base_folder, out, seed: int):
    from peft import LoraConfig, get_peft_model
    from codediv.model import load_model
    torch.manual_seed(seed)
    model = get_peft_model(load_model(base_folder, "float32"),
                           LoraConfig(r=4, lora_alpha=32, target_modules="all-linear", init_lora_weights=False))
    model.save_pretrained(out)
    (out / "meta.json").write_text('{"step": 0}')
    return out


def _lik(store_path) -> dict:
    from codediv.store import Store
    with Store(store_path) as st:
        return {r[:5]: r[5:] for r in st.likelihood_outcomes()}


def test_eval_scores_every_checkpoint_and_generates_only_where_configured(tiny_base, tmp_path):
    from codediv.evaluate import run_eval
    from codediv.records import write_jsonl
    from codediv.rundir import RunDir
    from codediv.store import Store
    rd = RunDir(tmp_path / "run")
    probs = [p for p in load_builtin("bench") if p.style == "stdin"][:3]
    write_jsonl(rd.benchmark, probs)
    for step, seed in ((10, 1), (20, 2)):
        _adapter(tiny_base, rd.checkpoint("deep", 0, step).path, seed)
    cfg = load_config(None, [f"model.base={tiny_base}", "model.dtype=float32", "data.arms=[{name: deep, k: 1}]",
                             "generate.max_new_tokens=8", "generate.batch_size=3", "generate.checkpoints=final",
                             "likelihood.references=2", "likelihood.batch_size=2", "judge.time_limit_s=2"])
    stats = run_eval(cfg, rd.root, progress=False)
    lik = _lik(rd.store)
    want = {(arm, 0, step, p.id, i) for arm, step in (("base", 0), ("deep", 10), ("deep", 20))
            for p in probs for i in range(min(2, len(p.solutions)))}
    assert set(lik) == want and stats["references"] == sum(min(2, len(p.solutions)) for p in probs)
    with Store(rd.store) as st:  # generation only from the base model and the run's last checkpoint
        assert {(r.arm, r.step) for r in st.rows()} == {("base", 0), ("deep", 20)}
    # the stored numbers are the backend's own scores for that checkpoint
    be = _backend(tiny_base)
    p = probs[0]
    direct = be.score([build_messages(p)], [format_answer(p.solutions[1])], rd.checkpoint("deep", 0, 10).path, 1)[0]
    assert lik[("deep", 0, 10, p.id, 1)] == (pytest.approx(direct.nll, rel=1e-5), direct.n_tokens, direct.n_bytes)
    # a rerun with nothing changed scores nothing (the model is never even loaded)
    again = run_eval(cfg, rd.root, progress=False)
    assert again["model_load_s"] == 0 and _lik(rd.store) == lik
    # a retrained checkpoint (new adapter content) is scored again, and only it
    _adapter(tiny_base, rd.checkpoint("deep", 0, 10).path, 3)
    run_eval(cfg, rd.root, progress=False)
    after = _lik(rd.store)
    assert set(after) == want
    changed = {k for k in want if after[k][0] != pytest.approx(lik[k][0], rel=1e-9)}
    assert changed == {k for k in want if k[2] == 10}
