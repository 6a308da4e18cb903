"""The eval stage: scripted end-to-end path, kill-and-resume, adapter swapping on a tiny model."""
from __future__ import annotations

import dataclasses
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from codediv.config import load_config
from codediv.evaluate import find_targets, run_eval
from codediv.records import write_jsonl
from codediv.rundir import RunDir
from codediv.sources.builtin import load_builtin
from codediv.store import Store, export

ROOT = Path(__file__).resolve().parent.parent


def add_checkpoint(rd: Path, arm: str, seed: int, step: int, weights: bytes = b"w") -> Path:
    """A complete checkpoint folder. The scripted backend never loads adapters, so the adapter
    file holds placeholder bytes (they still give the checkpoint its content hash); real adapters
    are exercised in test_adapter_swapping_* below."""
    ck = RunDir(rd).checkpoint(arm, seed, step).path
    ck.mkdir(parents=True, exist_ok=True)
    (ck / "adapter_model.safetensors").write_bytes(weights)
    (ck / "meta.json").write_text(json.dumps({"step": step}))
    return ck


def make_run(tmp_path: Path, n_problems: int, steps=(10, 20)) -> tuple[Path, list]:
    """A run folder with a benchmark and checkpoint folders for arm 'deep', seed 0."""
    rd = tmp_path / "run"
    probs = [p for p in load_builtin("bench") if p.style == "stdin"][:n_problems]
    write_jsonl(RunDir(rd).benchmark, probs)
    for s in steps:
        add_checkpoint(rd, "deep", 0, s)
    return rd, probs


def script(tmp_path: Path, rows: list[dict]) -> Path:
    path = tmp_path / "script.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    return path


def cfg_for(script_path: Path, extra=()):
    return load_config(None, ["generate.backend=scripted", f"generate.script={script_path}", "data.arms=[{name: deep, k: 1}]",
                              "judge.time_limit_s=2", *extra])


def fenced(code: str) -> str:
    return f"Here is my answer.\n```python\n{code}```\n"


def test_scripted_eval_stores_every_row_with_planted_verdicts(tmp_path):
    rd, probs = make_run(tmp_path, 3)
    a, b, c = probs
    rows = [  # base: nothing; step 10: a right; step 20: a wrong (a regression), b right
        {"problem_id": a.id, "arm": "deep", "step": 10, "completion": fenced(a.solutions[0])},
        {"problem_id": a.id, "arm": "deep", "step": 20, "completion": fenced("print('nope')\n")},
        {"problem_id": b.id, "arm": "deep", "step": 20, "completion": fenced(b.solutions[0])},
        {"problem_id": c.id, "completion": "I cannot solve this."},
    ]
    stats = run_eval(cfg_for(script(tmp_path, rows)), rd, progress=False)
    assert stats["targets"] == 3 and stats["generations"] == 9 and stats["judgments"] == 9
    with Store(rd / "results.sqlite") as st:
        got = {(r.arm, r.step, r.problem_id): (r.verdict, r.code != "") for r in st.rows()}
        one = next(st.rows(step=10, problem_id=a.id))
        scores = {(r["arm"], r["step"]): (r["solved"], r["problems"]) for r in st.checkpoint_scores()}
    assert got[("deep", 10, a.id)] == ("AC", True)
    assert got[("deep", 20, a.id)] == ("WA", True)
    assert got[("deep", 20, b.id)] == ("AC", True)
    assert got[("base", 0, c.id)] == ("NOCODE", False)
    assert one.completion.startswith("Here is my answer.") and "```" not in one.code  # raw kept beside code
    assert len(one.prompt_hash) == 16 and len(one.tests_hash) == 16
    assert scores == {("base", 0): (0, 3), ("deep", 10): (1, 3), ("deep", 20): (1, 3)}
    for fmt in ("jsonl", "csv", "parquet"):
        assert export(rd / "results.sqlite", tmp_path / f"out.{fmt}").stat().st_size > 0


def test_rerun_regenerates_nothing(tmp_path):
    rd, probs = make_run(tmp_path, 2)
    path = script(tmp_path, [{"problem_id": p.id, "completion": fenced(p.solutions[0])} for p in probs])
    run_eval(cfg_for(path), rd, progress=False)
    # A second run with a script that would now answer differently must not touch stored rows.
    path.write_text("".join(json.dumps({"problem_id": p.id, "completion": "changed"}) + "\n" for p in probs))
    stats = run_eval(cfg_for(path), rd, progress=False)
    assert stats["generations"] == 6
    with Store(rd / "results.sqlite") as st:
        assert all(r.verdict == "AC" for r in st.rows())


def _stored(rd: Path) -> dict:
    with Store(RunDir(rd).store) as st:
        return {(r.arm, r.seed, r.step, r.problem_id): (r.completion, r.verdict, r.total) for r in st.rows()}


def _answer(path: Path, probs: list, version: int, big_memory: str = "") -> None:
    """Script every problem's right answer, tagged with ``version``; ``big_memory`` also allocates 400 MiB."""
    rows = [{"problem_id": p.id, "completion": fenced(("x = bytearray(400 << 20)\n" if p.id == big_memory else "")
                                                       + p.solutions[0] + f"\n# v{version}\n")} for p in probs]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))


def test_adding_an_arm_a_seed_or_a_checkpoint_generates_only_their_rows(tmp_path):
    rd, probs = make_run(tmp_path, 2, steps=(10,))
    path = tmp_path / "script.jsonl"
    _answer(path, probs, 1)
    run_eval(cfg_for(path), rd, progress=False)
    first = _stored(rd)
    assert len(first) == 4  # base and deep/seed0/step 10, two problems each
    # The script now answers v2: any row generated again would say so.
    _answer(path, probs, 2)
    for arm, seed, step in [("deep", 0, 20), ("deep", 1, 10), ("diverse", 0, 10)]:
        add_checkpoint(rd, arm, seed, step)
    more = cfg_for(path, ["data.arms=[{name: deep, k: 1}, {name: diverse, k: 5}]", "train.seeds=[0, 1]"])
    stats = run_eval(more, rd, progress=False)
    second = _stored(rd)
    assert {k: second[k] for k in first} == first
    new = set(second) - set(first)
    assert {k[:3] for k in new} == {("deep", 0, 20), ("deep", 1, 10), ("diverse", 0, 10)} and len(new) == 6
    assert all("# v2" in second[k][0] and second[k][1] == "AC" for k in new)
    assert stats["targets_by_status"] == {"kept": 2, "new": 3}
    # A retrained checkpoint (other adapter bytes, same folder) regenerates its own rows only.
    _answer(path, probs, 3)
    add_checkpoint(rd, "deep", 0, 20, weights=b"retrained")
    run_eval(more, rd, progress=False)
    third = _stored(rd)
    changed = {k for k in third if third[k] != second[k]}
    assert {k[:3] for k in changed} == {("deep", 0, 20)} and len(changed) == 2
    assert all("# v3" in third[k][0] for k in changed)
    with Store(RunDir(rd).store) as st:
        assert all(t.done for t in st.targets()) and len(st.targets()) == 5


def test_changed_settings_or_tests_redo_only_what_depends_on_them(tmp_path):
    rd, probs = make_run(tmp_path, 2, steps=(10, 20))
    a, b = probs
    path = tmp_path / "script.jsonl"
    _answer(path, probs, 1, big_memory=a.id)
    run_eval(cfg_for(path), rd, progress=False)
    first = _stored(rd)
    assert {v[1] for v in first.values()} == {"AC"}
    # Judge settings alone: every stored program is judged again (a's 400 MiB no longer fit), none regenerated.
    _answer(path, probs, 2)
    run_eval(cfg_for(path, ["judge.memory_limit_mb=256"]), rd, progress=False)
    rejudged = _stored(rd)
    assert {k: v[0] for k, v in rejudged.items()} == {k: v[0] for k, v in first.items()}
    assert {k[3]: v[1] for k, v in rejudged.items()} == {a.id: "MLE", b.id: "AC"}
    # Changed tests of one problem: only that problem's rows are judged again (b now has one test).
    bench = [p if p.id != b.id else dataclasses.replace(p, tests=p.tests[:1]) for p in probs]
    write_jsonl(RunDir(rd).benchmark, bench)
    run_eval(cfg_for(path, ["judge.memory_limit_mb=256"]), rd, progress=False)
    retested = _stored(rd)
    assert {k[3]: v[2] for k, v in retested.items()} == {a.id: len(a.tests), b.id: 1}
    assert {k: v[0] for k, v in retested.items()} == {k: v[0] for k, v in first.items()}
    # Generation settings: every target is generated again (the script's v2 answers appear).
    stats = run_eval(cfg_for(path, ["judge.memory_limit_mb=256", "generate.max_new_tokens=64"]), rd, progress=False)
    assert stats["targets_by_status"] == {"regenerate": 3}
    assert all("# v2" in v[0] for v in _stored(rd).values())


def test_filters_select_targets(tmp_path):
    rd, _ = make_run(tmp_path, 1, steps=(10, 20, 30))
    cfg = cfg_for(tmp_path / "none.jsonl")
    assert [(t.arm, t.step) for t in find_targets(cfg, rd)] == [("base", 0), ("deep", 10), ("deep", 20), ("deep", 30)]
    assert [(t.arm, t.step) for t in find_targets(cfg, rd, steps=[20])] == [("deep", 20)]
    # An incomplete checkpoint (killed while saving) is not evaluated.
    (RunDir(rd).train_run("deep", 0) / "checkpoint-000040.tmp").mkdir()
    assert len(find_targets(cfg, rd)) == 4


def _rows(db: Path) -> list[tuple]:
    con = sqlite3.connect(db)
    try:
        return sorted(con.execute("SELECT arm, seed, step, problem_id, sample_id, verdict, passed FROM judgments"))
    finally:
        con.close()


def test_kill_and_resume_loses_and_duplicates_nothing(tmp_path):
    rd, probs = make_run(tmp_path, 12)
    rows = [{"problem_id": p.id, "completion": fenced(p.solutions[0] if i % 2 else "print(0)\n"), "delay_s": 0.15}
            for i, p in enumerate(probs)]
    path = script(tmp_path, rows)
    args = [sys.executable, "-m", "codediv.cli", "eval", "--run-dir", str(rd), "generate.backend=scripted",
            f"generate.script={path}", "data.arms=[{name: deep, k: 1}]", "generate.batch_size=2", "--json"]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen(args, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    db = rd / "results.sqlite"
    deadline = time.time() + 60
    while time.time() < deadline:  # kill once some, but not all, rows are stored
        time.sleep(0.2)
        try:
            n = sqlite3.connect(db).execute("SELECT COUNT(*) FROM generations").fetchone()[0]
        except sqlite3.Error:
            continue
        if n >= 8:
            break
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    partial = sqlite3.connect(db).execute("SELECT COUNT(*) FROM generations").fetchone()[0]
    assert 0 < partial < 36
    done = subprocess.run(args, env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr[-2000:]
    resumed = _rows(db)
    clean_rd, _ = make_run(tmp_path / "clean", 12)
    run_eval(cfg_for(path, ["generate.batch_size=2"]), clean_rd, progress=False)
    assert resumed == _rows(clean_rd / "results.sqlite")
    assert len(resumed) == 36 and len({r[:5] for r in resumed}) == 36


def _random_adapter(base_folder: Path, out: Path, seed: int) -> Path:
    """A real PEFT LoRA adapter with random (non-zero) B matrices, so it changes the outputs."""
    import torch
    from peft import LoraConfig, get_peft_model
    from codediv.model import load_model
    torch.manual_seed(seed)
    model = get_peft_model(load_model(base_folder, "float32"),
                           LoraConfig(r=4, lora_alpha=32, target_modules="all-linear", task_type="CAUSAL_LM",
                                      init_lora_weights=False))
    model.save_pretrained(out)
    return out


def test_adapter_swapping_matches_loading_each_checkpoint_alone(tiny_base, tmp_path):
    from codediv.backends.hf import HFBackend
    from codediv.prompts import build_messages
    a = _random_adapter(tiny_base, tmp_path / "a", 1)
    b = _random_adapter(tiny_base, tmp_path / "b", 2)
    settings = load_config(None, ["generate.max_new_tokens=12", "generate.batch_size=2"]).generate
    prompts = [build_messages(p) for p in load_builtin("bench")[:3]]

    def texts(gens):
        return [g[0].text for g in gens]
    swapping = HFBackend(tiny_base, settings, "float32")  # one base model, adapters swapped in turn
    seq = [texts(swapping.generate(prompts, x, settings)) for x in (a, b, None, a)]
    alone = {}
    for x in (a, b, None):
        alone[x] = texts(HFBackend(tiny_base, settings, "float32").generate(prompts, x, settings))
    assert seq == [alone[a], alone[b], alone[None], alone[a]]
    assert alone[a] != alone[None] and alone[a] != alone[b]  # the adapters really change the outputs
    assert len(swapping.model.peft_config) == 1  # the previous adapter was unloaded, not accumulated
    loads = swapping._count
    swapping.generate(prompts, a, settings)  # the eval stage calls once per batch: no reload
    assert swapping._count == loads


@pytest.mark.slow
def test_smollm2_base_is_evaluated_for_real(tmp_path, smol_folder):
    rd, probs = make_run(tmp_path, 2, steps=())
    cfg = load_config(None, ["data.arms=[{name: deep, k: 1}]", "generate.max_new_tokens=48", "generate.batch_size=2"])
    stats = run_eval(cfg, rd, progress=False)
    assert stats["generations"] == 2 and stats["judgments"] == 2 and stats["model_load_s"] > 0
    with Store(rd / "results.sqlite") as st:
        rows = list(st.rows())
    assert {r.problem_id for r in rows} == {p.id for p in probs}
    assert all(r.completion and r.gen_tokens > 0 and r.verdict in ("AC", "WA", "RE", "TLE", "MLE", "OLE", "CE", "NOCODE")
               for r in rows)


def test_stop_at_code_block_ends_each_row_at_its_closed_block(tok):
    """The stopping criterion (real SmolLM2 tokenizer) ends a row once its new text holds a closed
    ```python block, row by row, and the prompt's own fences do not count."""
    import torch
    from codediv.backends.hf import _code_block_stop
    prompt = tok("Complete this:\n```python\n# YOUR CODE HERE\n```\n", add_special_tokens=False)["input_ids"]
    texts = ["Sure.\n```python\nprint(1)\n```", "Sure.\n```python\nprint(1)\n", "No code here at all, sorry."]
    rows = [prompt + tok(t, add_special_tokens=False)["input_ids"] for t in texts]
    width = max(map(len, rows))
    batch = torch.tensor([r + [tok.pad_token_id] * (width - len(r)) for r in rows])
    from codediv.backends.hf import backtick_token_ids
    stop = _code_block_stop(tok, len(prompt), backtick_token_ids(tok))
    # called after every new token, as generate does: a row stops at the token closing its block
    first_stop = [None] * len(rows)
    for length in range(len(prompt) + 1, width + 1):
        for i, done in enumerate(stop(batch[:, :length], None).tolist()):
            if done and first_stop[i] is None:
                first_stop[i] = length
    assert first_stop == [len(rows[0]), None, None]
    assert stop(batch, None).tolist() == [True, False, False]


def test_generate_checkpoints_final_keeps_base_and_each_runs_last(tmp_path):
    from codediv.evaluate import generation_targets
    rd, _ = make_run(tmp_path, 1, steps=(10, 20, 30))
    add_checkpoint(rd, "deep", 1, 5)
    cfg = load_config(None, ["data.arms=[{name: deep, k: 1}]", "train.seeds=[0, 1]", "generate.checkpoints=final"])
    got = [(t.arm, t.seed, t.step) for t in generation_targets(cfg, find_targets(cfg, rd))]
    assert got == [("base", 0, 0), ("deep", 0, 30), ("deep", 1, 5)]
    every = load_config(None, ["data.arms=[{name: deep, k: 1}]", "train.seeds=[0, 1]"])
    assert len(generation_targets(every, find_targets(every, rd))) == 5


def test_quiet_hf_silences_preparation_bars_and_restores_them():
    import datasets
    import transformers
    from codediv.model import quiet_hf
    datasets.enable_progress_bars()
    transformers.utils.logging.enable_progress_bar()
    with quiet_hf():
        assert not datasets.is_progress_bar_enabled()
        assert not transformers.utils.logging.is_progress_bar_enabled()
    assert datasets.is_progress_bar_enabled() and transformers.utils.logging.is_progress_bar_enabled()


def test_checkpoint_content_hash_ignores_the_order_peft_writes_target_modules_in(tmp_path):
    """PEFT writes target_modules from a set (its order follows the hash seed): the same adapter
    saved by another process must keep its results; other bytes must not."""
    from codediv.rundir import checkpoint_at
    cfg = {"r": 16, "target_modules": ["q_proj", "v_proj", "o_proj"], "peft_type": "LORA"}
    folders = []
    for i, (modules, weights) in enumerate([(["q_proj", "v_proj", "o_proj"], b"w1"),
                                            (["o_proj", "q_proj", "v_proj"], b"w1"),
                                            (["o_proj", "q_proj", "v_proj"], b"w2")]):
        ck = tmp_path / f"run{i}" / "train" / "deep" / "seed0" / "checkpoint-000010"
        ck.mkdir(parents=True)
        (ck / "adapter_config.json").write_text(json.dumps({**cfg, "target_modules": modules}, indent=i))
        (ck / "adapter_model.safetensors").write_bytes(weights)
        folders.append(checkpoint_at(ck).content_hash)
    assert folders[0] == folders[1] != folders[2]
