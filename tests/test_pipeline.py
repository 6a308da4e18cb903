"""`codediv run` end to end on the quick CI variant of the default (real model, real judge)."""
from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from codediv.cli import main
from codediv.config import ConfigError, load_config
from codediv.sources import options_of

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("name", ["default", "ci", "paper", "sweep", "qwen-cpu"])
def test_shipped_configs_load_and_name_real_source_options(name):
    cfg = load_config(ROOT / "configs" / f"{name}.yaml")
    specs = [*cfg.data.sources, {"kind": cfg.benchmark.kind, "options": cfg.benchmark.options}]
    for spec in specs:
        params = options_of(spec["kind"])
        assert set(spec.get("options") or {}) <= set(params), (spec, params)


def test_primary_metric_and_likelihood_settings_are_checked():
    with pytest.raises(ConfigError, match="ref_bpb needs likelihood.enabled: true"):
        load_config(None, ["analysis.primary_metric=ref_bpb", "likelihood.enabled=false"])
    with pytest.raises(ConfigError, match="primary_metric must be one of pass@1, test_fraction, ref_bpb, ref_nll"):
        load_config(None, ["analysis.primary_metric=accuracy"])
    with pytest.raises(ConfigError, match="generate.checkpoints must be 'all' or 'final'"):
        load_config(None, ["generate.checkpoints=some"])
    with pytest.raises(ConfigError, match="selection_policy must be one of pass_then_loss, loss, pass_at_1"):
        load_config(None, ["analysis.selection_policy=val_loss"])


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
    # the likelihood pass scored every target on every problem's first reference; the report leads with it
    scored = {(a, s, st): n for a, s, st, n in con.execute(
        "SELECT arm, seed, step, COUNT(*) FROM likelihoods GROUP BY arm, seed, step")}
    assert set(scored) == set(stored) and set(scored.values()) == {4}
    assert "## Primary metric: reference bits per byte" in md
    # A rerun skips every finished stage (inputs unchanged) and leaves the rows as they were.
    again = CliRunner().invoke(main, ["run", str(ROOT / "configs" / "ci.yaml"), "--run-dir", str(rd)])
    assert again.exit_code == 0 and "data: up to date, skipped" in again.output
    assert con.execute("SELECT COUNT(*) FROM generations").fetchone()[0] == sum(n for n, _ in stored.values())
    # publish (folders only, the default): each arm's selected adapter with a model card whose numbers
    # come from analysis/.
    pub = CliRunner().invoke(main, ["publish", str(ROOT / "configs" / "ci.yaml"), "--run-dir", str(rd)])
    assert pub.exit_code == 0 and "uploaded" not in pub.output and "prepared" in pub.output, pub.output
    selection = {s["arm"]: s for s in json.loads((rd / "analysis" / "selection.json").read_text())}
    for arm in ("deep", "diverse"):
        folder = rd / "publish" / f"{arm}-seed0"
        assert (folder / "adapter_model.safetensors").exists() and (folder / "adapter_config.json").exists()
        card = (folder / "README.md").read_text()
        assert f"step {selection[arm]['selected_step']}" in card and "McNemar p" in card
        assert f"{selection[arm]['report']['solved']}/{selection[arm]['report']['problems']} problems solved" in card


def test_a_run_trained_from_other_settings_is_found_and_forgotten_alone(tmp_path):
    from codediv.pipeline import _discard_training_run, stale_training_runs
    from codediv.rundir import RunDir, training_settings_hash
    from codediv.store import Store
    from synthetic_run import row
    run = RunDir(tmp_path)
    cfg = load_config(None, ["train.seeds=[0, 1]"])
    for arm in ("deep", "diverse"):
        run.arm_data(arm).mkdir(parents=True)
        (run.arm_data(arm) / "train.jsonl").write_text(f'{{"arm": "{arm}"}}\n')
        for seed in (0, 1):
            ck = run.checkpoint(arm, seed, 10).path
            ck.mkdir(parents=True)
            (ck / "meta.json").write_text(json.dumps({"data_hash": run.arm_data_hash(arm),
                                                      "config_hash": training_settings_hash(cfg, seed)}))
    with Store(run.store) as st:
        pairs = [row(arm, seed, 10, "p", 0, "S") for arm in ("deep", "diverse") for seed in (0, 1)]
        st.add_generations([g for g, _ in pairs])
        st.add_judgments([j for _, j in pairs])
    assert stale_training_runs(cfg, run) == []
    (run.arm_data("deep") / "train.jsonl").write_text('{"arm": "deep", "changed": true}\n')
    assert stale_training_runs(cfg, run) == [("deep", 0), ("deep", 1)]
    other = load_config(None, ["train.seeds=[0, 1]", "train.learning_rate=0.001"])
    assert stale_training_runs(other, run) == [("deep", 0), ("deep", 1), ("diverse", 0), ("diverse", 1)]
    _discard_training_run(run, "deep", 1)
    assert not run.train_run("deep", 1).exists() and run.train_run("deep", 0).exists()
    with Store(run.store) as st:
        assert sorted({(r.arm, r.seed) for r in st.rows()}) == [("deep", 0), ("diverse", 0), ("diverse", 1)]
