"""Shared fixtures: a real judge (bubblewrap sandbox when available), isolated caches."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from codediv.judge import Judge, JudgeConfig
from codediv.records import Problem, Test
from codediv.sandbox import Limits


@pytest.fixture(autouse=True)
def _isolated_cache(tmp_path, monkeypatch):
    # Tests must never read or fill the user's verdict cache.
    monkeypatch.setenv("CODEDIV_CACHE_DIR", str(tmp_path / "cache"))


@pytest.fixture(scope="session")
def judge():
    """A real two-worker judge with short limits and no cache (every test really runs)."""
    # Unpinned, so that tests running beside it can claim every CPU (test_judge checks the claims).
    cfg = JudgeConfig(workers=2, cache=False, limits=Limits(time_s=1.5, memory_mb=256, output_mb=1), pin_cpus=False)
    with Judge(cfg) as j:
        yield j


def stdin_problem(tests: list[tuple[str, str]], pid: str = "t/p", **kw) -> Problem:
    return Problem(id=pid, source="test", title=pid, statement="", style="stdin",
                   tests=tuple(Test(i, o) for i, o in tests), **kw)


def sandbox_processes(judge: Judge) -> list[int]:
    """Host pids of live processes running under any of the judge's sandbox uids."""
    uids = {sb.uid for sb in judge.sandboxes if sb.uid is not None}
    found = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/status") as fh:
                for line in fh:
                    if line.startswith("Uid:"):
                        if int(line.split()[1]) in uids:
                            found.append(int(entry))
                        break
        except OSError:
            continue
    return found


def sandbox_key_users(judge: Judge) -> list[str]:
    """Lines of /proc/key-users for the judge's sandbox uids (kernel keys they still hold)."""
    uids = {sb.uid for sb in judge.sandboxes if sb.uid is not None}
    return key_users(uids)


def key_users(uids: set[int]) -> list[str]:
    with open("/proc/key-users") as fh:
        return [line.strip() for line in fh if int(line.split(":")[0]) in uids]


# ---- real models: the converted SmolLM2 and a tiny random Llama with its tokenizer ----------------------

@pytest.fixture(scope="session")
def smol_folder() -> Path:
    from codediv.model import ModelUnavailable, resolve_base
    # Session scope: resolved before the per-test cache isolation, so the converted model is reused.
    try:
        return resolve_base("smollm2-135m")
    except ModelUnavailable as e:
        pytest.skip(str(e))


@pytest.fixture(scope="session")
def tok(smol_folder):
    from codediv.model import load_tokenizer
    return load_tokenizer(smol_folder)


@pytest.fixture(scope="session")
def tiny_base(tmp_path_factory, tok) -> Path:
    """A 2-layer, 64-wide Llama with random weights and the real SmolLM2 tokenizer and chat template."""
    import torch
    from transformers import LlamaConfig, LlamaForCausalLM
    torch.manual_seed(0)
    # No pad_token_id: SmolLM2 pads with its end-of-turn token, and a padding_idx would pin that
    # token's (tied) embedding to zero, so the model could never learn to end an answer.
    # initializer_range 0.3 (not 0.02): random 64-wide embeddings must allow peaked next-token
    # distributions over 49k tokens, or the overfit test needs hundreds of steps.
    config = LlamaConfig(vocab_size=len(tok), hidden_size=64, intermediate_size=128, num_hidden_layers=2,
                         num_attention_heads=4, num_key_value_heads=4, max_position_embeddings=1024,
                         tie_word_embeddings=True, bos_token_id=tok.bos_token_id, eos_token_id=tok.eos_token_id,
                         initializer_range=0.3)
    folder = tmp_path_factory.mktemp("tiny-llama")
    LlamaForCausalLM(config).save_pretrained(folder)
    tok.save_pretrained(folder)
    return folder
