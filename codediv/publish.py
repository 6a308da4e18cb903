"""``codediv publish``: each arm's selected adapter, ready for the Hugging Face Hub.

For every arm (and seed) it reads the checkpoint chosen by the analysis
(``analysis/selection.json``: chosen on the selection split only), copies that checkpoint's
adapter files into ``publish/<arm>-seed<k>/`` and writes a model card (``README.md``) with the
base model, the data strategy and its manifest statistics, the training settings, the
selected step and why, the report-split scores with their intervals, and the arm comparison
with its significance — every number read from ``analysis/``, ``data/manifest.json`` and the
checkpoint's ``meta.json``.

By default (and in the tests) it writes the folders only: nothing leaves the machine unless
asked. With ``upload=True`` (``codediv publish --upload --repo-prefix you/codediv-``) each
folder is also uploaded with ``huggingface_hub`` to ``<repo_prefix><arm>-seed<k>`` (the user's
token must be configured; errors end in one sentence).
"""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import yaml

from .config import ExperimentConfig
from .errors import CodedivError
from .rundir import ADAPTER_FILES, RunDir


class PublishError(CodedivError):
    """Publishing cannot proceed; the message says what to do."""


def _pct(x: float | None) -> str:
    return "n/a" if x is None else f"{100 * x:.1f}%"


def model_card(cfg: ExperimentConfig, sel: dict, arm_stats: dict, meta: dict, comparisons: list[dict]) -> str:
    """The README.md of one published adapter (YAML front matter + markdown)."""
    rep = sel["report"]
    from .model import SMOLLM2
    base = "HuggingFaceTB/SmolLM2-135M-Instruct" if cfg.model.base == SMOLLM2 else cfg.model.base
    front = {"base_model": base, "library_name": "peft", "tags": ["codediv", "lora", "code"],
             "license": "apache-2.0"}
    lines = ["---", yaml.safe_dump(front, sort_keys=False).strip(), "---", "",
             f"# {cfg.name}: {sel['arm']} LoRA adapter (seed {sel['seed']}, step {sel['selected_step']})", "",
             f"A LoRA adapter for `{cfg.model.base}` trained by codediv on the **{sel['arm']}** data strategy "
             f"({arm_stats.get('k')} solution(s) per problem).", "",
             "## Data", "",
             f"- problems: {arm_stats.get('problems')}, examples: {arm_stats.get('examples')}, "
             f"tokens: {arm_stats.get('tokens')}",
             f"- difficulty: {json.dumps(arm_stats.get('difficulty', {}))}",
             f"- mean solution diversity (normalised token-trigram distance): {arm_stats.get('mean_diversity')}",
             "- train/val/test examples: " + " / ".join(str(arm_stats.get("splits", {}).get(s, {}).get("examples"))
                                                          for s in ("train", "val", "test")), "",
             "## Training", "",
             f"- LoRA r={cfg.lora.r}, alpha={cfg.lora.alpha}, dropout={cfg.lora.dropout}, "
             f"targets={cfg.lora.target_modules}",
             f"- learning rate {cfg.train.learning_rate} ({cfg.train.lr_scheduler}), batch {cfg.train.batch_size} x "
             f"{cfg.train.grad_accum} accumulation, {cfg.train.max_steps} steps, max length {cfg.train.max_length}",
             f"- this checkpoint: step {meta.get('step')}, epoch {meta.get('epoch')}, train loss "
             f"{meta.get('train_loss')}, validation loss {meta.get('val_loss')}", "",
             "## Why this checkpoint", ""]
    lines += [f"- {r}" for r in sel["reasons"]]
    lines += ["", "## Benchmark (report split: problems never used to choose the checkpoint)", "",
              f"pass@1 {_pct(rep.get('pass@1'))} (95% Wilson interval {_pct(rep.get('pass@1_lo'))}–"
              f"{_pct(rep.get('pass@1_hi'))}), {rep.get('solved')}/{rep.get('problems')} problems solved, "
              f"greedy decoding, strict output matching.", ""]
    mine = [c for c in comparisons if c.get("seed") == sel["seed"] and sel["arm"] in (c.get("a"), c.get("b"))]
    if mine:
        lines += ["## Compared with", ""]
        for c in mine:
            lines.append(f"- {c['a']} vs {c['b']}: {c['a_solved']} vs {c['b_solved']} of {c['problems']} problems; "
                         f"exact McNemar p = {c['mcnemar_p']:.3g}: {c['verdict']}")
    return "\n".join(lines) + "\n"


def run_publish(cfg: ExperimentConfig, run_dir: str | Path, upload: bool = False,
                repo_prefix: str | None = None) -> list[Path]:
    """Write publish/<arm>-seed<k>/ for each selected checkpoint; upload them only when ``upload``."""
    run = RunDir(run_dir)
    sel_path = run.analysis / "selection.json"
    if not sel_path.exists():
        raise PublishError(f"{sel_path} does not exist; run `codediv analyze` first")
    selections = json.loads(sel_path.read_text())
    manifest = json.loads(run.require(run.manifest, "codediv data build").read_text())
    comp_path = run.analysis / "comparison.json"
    comparisons = json.loads(comp_path.read_text()) if comp_path.exists() else []
    if upload and not repo_prefix:
        raise PublishError("uploading needs --repo-prefix (e.g. your-name/codediv-); or leave out --upload")
    folders = []
    for sel in selections:
        if sel.get("selected_step") in (None, 0):
            continue
        ckpt = run.checkpoint(sel["arm"], sel["seed"], sel["selected_step"]).path
        if not (ckpt / "meta.json").exists():
            raise PublishError(f"selected checkpoint {ckpt} is missing; rerun `codediv train` for {sel['arm']}")
        out = run.publish(sel["arm"], sel["seed"])
        out.mkdir(parents=True, exist_ok=True)
        for name in ADAPTER_FILES:
            shutil.copy2(ckpt / name, out / name)
        meta = json.loads((ckpt / "meta.json").read_text())
        card = model_card(cfg, sel, manifest["arms"].get(sel["arm"], {}), meta, comparisons)
        (out / "README.md").write_text(card)
        folders.append(out)
        if upload:
            _upload(out, f"{repo_prefix}{sel['arm']}-seed{sel['seed']}")
    return folders


def _upload(folder: Path, repo_id: str) -> None:
    try:
        from huggingface_hub import HfApi
        api = HfApi()
        api.create_repo(repo_id, exist_ok=True)
        api.upload_folder(folder_path=str(folder), repo_id=repo_id)
    except Exception as e:  # offline, no token, no rights: one sentence
        raise PublishError(f"could not upload {folder} to {repo_id} ({type(e).__name__}: {e}); check your network "
                           "and `huggingface-cli login`, or leave out --upload") from None
