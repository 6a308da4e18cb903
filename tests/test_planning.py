"""Planning before a run: `codediv plan` and the line `codediv run` prints before training."""
from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from codediv.cli import main
from codediv.config import from_dict, load_config
from codediv.metrics import detectable_difference, mcnemar_power, problems_needed
from codediv.planning import plan, plan_line, report_problems, run_warning
from synthetic_run import planted_run

ROOT = Path(__file__).resolve().parent.parent


def test_plan_numbers_come_from_the_exact_power():
    p = plan(500, 0.1, 0.04)
    assert p["detectable_difference"] == detectable_difference(500, 0.1)
    assert p["problems_needed"] == problems_needed(0.04, 0.1)
    line = plan_line(p)
    assert line.startswith("plan: 500 report problems at 10% assumed discordance: the exact McNemar test (α = 0.05) "
                           f"detects a pass@1 difference of {100 * p['detectable_difference']:.1f} pts")
    assert line.endswith(f"a difference of 4.0 pts needs {p['problems_needed']:,} report problems.")
    small = plan(24, 0.3, 0.04)  # the reference study's size: nothing reaches 80% power at 30% discordance
    assert small["detectable_difference"] is None
    assert small["best_power"] == mcnemar_power(24, 0.3, 0.3) < 0.8
    assert "detects no pass@1 difference with 80% power (at most 77% power" in plan_line(small)
    assert "cannot occur when only 20% of problems are discordant" in plan_line(plan(24, 0.2, 0.3))
    unknown = plan_line(plan(None, 0.2, 0.04))
    assert "benchmark size unknown" in unknown and f"{problems_needed(0.04, 0.2):,} report problems" in unknown


def test_plan_command_with_a_number_and_as_json():
    r = CliRunner().invoke(main, ["plan", "--problems", "500", "--discordance", "0.1", "--delta", "0.04"])
    assert r.exit_code == 0, r.output
    assert r.output.strip() == plan_line(plan(500, 0.1, 0.04))
    r = CliRunner().invoke(main, ["plan", "--problems", "1000", "--json"])
    got = json.loads(r.output)
    assert got["problems"] == 1000 and got["delta"] == 0.05 and got["problems_from"] == "--problems"
    assert got["problems_needed"] == problems_needed(0.05, 0.2)
    bad = CliRunner().invoke(main, ["plan", "--problems", "10", "--discordance", "1.5"])
    assert bad.exit_code == 2 and "--discordance" in bad.output


def test_plan_counts_the_report_split_of_a_config_or_a_run_folder(tmp_path):
    cfg = from_dict({})
    n, where = report_problems(cfg, None)  # the built-in benchmark loads offline
    from codediv.benchmark import build_benchmark
    assert n == sum("bench:report" in p.tags for p in build_benchmark(cfg)) and n > 0 and "builtin" in where
    default = load_config(ROOT / "configs" / "default.yaml")
    r = CliRunner().invoke(main, ["plan", str(ROOT / "configs" / "default.yaml"), "--run-dir", str(tmp_path / "new")])
    assert r.exit_code == 0 and r.output.startswith(f"plan: {report_problems(default, None)[0]} report problems")
    planted_run(tmp_path)  # 4 selection + 10 report problems in data/benchmark.jsonl
    assert report_problems(cfg, tmp_path)[0] == 10
    r = CliRunner().invoke(main, ["plan", "--run-dir", str(tmp_path), "--delta", "0.1"])
    assert r.exit_code == 0 and r.output.startswith("plan: 10 report problems")


def test_plan_of_a_hub_benchmark_offline_still_says_what_a_difference_needs(monkeypatch):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    r = CliRunner().invoke(main, ["plan", str(ROOT / "configs" / "paper.yaml"), "--delta", "0.04"])
    assert r.exit_code == 0, r.output
    assert "benchmark size unknown" in r.output and f"{problems_needed(0.04, 0.2):,} report problems" in r.output


def test_run_warning_only_when_the_report_split_cannot_detect_min_effect(tmp_path):
    cfg = planted_run(tmp_path)  # 10 report problems: nothing detectable at 20% discordance
    line = run_warning(cfg, tmp_path)
    assert line == plan_line(plan(10, 0.2, 0.05))
    assert run_warning(from_dict({"analysis": {"min_effect": None}}), tmp_path) is None
    # at full discordance 10 problems detect a large enough difference: no line
    big = from_dict({"analysis": {"min_effect": 0.95, "discordance": 1.0}})
    assert detectable_difference(10, 1.0) <= 0.95 and run_warning(big, tmp_path) is None
