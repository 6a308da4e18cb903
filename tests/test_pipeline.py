"""`codediv run` end to end on the quick CI variant of the default (real model, real judge)."""
from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from codediv.cli import main
from codediv.config import load_config
from codediv.sources import options_of

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("name", ["default", "ci", "paper", "sweep"])
def test_shipped_configs_load_and_name_real_source_options(name):
    cfg = load_config(ROOT / "configs" / f"{name}.yaml")
    specs = [*cfg.data.sources, {"kind": cfg.benchmark.kind, "options": cfg.benchmark.options}]
    for spec in specs:
        params = options_of(spec["kind"])
        assert set(spec.get("options") or {}) <= set(params), (spec, params)


@pytest.mark.slow
def test_ci_config_runs_end_to_end_and_the_report_matches_the_store(tmp_path):
    rd = tmp_path / "run"
    r = CliRunner().invoke(main, ["run", str(ROOT / "configs" / "ci.yaml"), "--run-dir", str(rd)])
    assert r.exit_code == 0, r.output
    assert "report:" in r.output and (rd / "report" / "report.html").exists()
    # 4 benchmark problems cannot detect analysis.min_effect: said once, before training starts
    assert r.output.count("plan: ") == 1 and r.output.index("plan: ") < r.output.index("] train:")
    con = sqlite3.connect(rd / "results.sqlite")
    stored = {(a, s, st): (n, ac) for a, s, st, n, ac in con.execute(
        "SELECT arm, seed, step, COUNT(*), SUM(verdict = 'AC') FROM judgments GROUP BY arm, seed, step")}
    n_ckpt = 2  # steps 1 and 2 per arm, plus the base model
    assert len(stored) == 1 + 2 * n_ckpt and all(n == 4 for n, _ in stored.values())
    table = json.loads((rd / "analysis" / "results_table.json").read_text())
    for row in table:
        n, ac = stored[(row["arm"], row["seed"], row["step"])]
        assert row["all_problems"] == n and row["all_solved"] == ac
    md = (rd / "report" / "report.md").read_text()
    assert f"{table[0]['all_solved']}/{table[0]['all_problems']}" in md
    # A rerun skips every finished stage (inputs unchanged) and leaves the rows as they were.
    again = CliRunner().invoke(main, ["run", str(ROOT / "configs" / "ci.yaml"), "--run-dir", str(rd)])
    assert again.exit_code == 0 and "data: up to date, skipped" in again.output
    assert con.execute("SELECT COUNT(*) FROM generations").fetchone()[0] == sum(n for n, _ in stored.values())
    # publish --dry-run: each arm's selected adapter with a model card whose numbers come from analysis/.
    pub = CliRunner().invoke(main, ["publish", str(ROOT / "configs" / "ci.yaml"), "--run-dir", str(rd), "--dry-run"])
    assert pub.exit_code == 0, pub.output
    selection = {s["arm"]: s for s in json.loads((rd / "analysis" / "selection.json").read_text())}
    for arm in ("deep", "diverse"):
        folder = rd / "publish" / f"{arm}-seed0"
        assert (folder / "adapter_model.safetensors").exists() and (folder / "adapter_config.json").exists()
        card = (folder / "README.md").read_text()
        assert f"step {selection[arm]['selected_step']}" in card and "McNemar p" in card
        assert f"{selection[arm]['report']['solved']}/{selection[arm]['report']['problems']} problems solved" in card
