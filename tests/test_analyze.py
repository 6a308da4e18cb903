"""The analyze stage on synthetic stores with planted events, checked against hand counts.

The planted run (tests/synthetic_run.py) has 4 selection and 10 report problems, arms deep
and diverse at steps 10/20/30, the base model at step 0. Its docstring and comments give the
hand-computed facts asserted here.
"""
from __future__ import annotations

import json
import math

import numpy as np
import pytest

from codediv.analyze import AnalysisError, run_analyze
from codediv.metrics import wilson
from codediv.selection import Candidate, select
from codediv.store import Store
from synthetic_run import build_run, planted_run, row

ANALYSIS_FILES = ["summary.json", "steps.json", "steps.csv", "matrix.json", "matrix_deep_seed0.csv",
                  "matrix_diverse_seed0.csv", "events.json", "events.csv", "learning.csv", "errors.json",
                  "errors.csv", "selection.json", "selection.csv", "comparison.json", "comparison.csv", "comparisons.json", "comparisons.csv",
                  "seeds.json", "code_quality.json", "code_quality.csv", "results_table.json",
                  "results_table.csv", "training.json", "problems.json"]


def load(out, name):
    return json.loads((out / name).read_text())


@pytest.fixture(scope="module")
def planted(tmp_path_factory):
    run = tmp_path_factory.mktemp("planted")
    cfg = planted_run(run)
    return run_analyze(cfg, run)


def test_writes_every_file(planted):
    assert sorted(p.name for p in planted.iterdir()) == sorted(ANALYSIS_FILES)
    s = load(planted, "summary.json")
    assert s["split_sizes"] == {"selection": 4, "report": 10, "all": 14}
    assert s["steps"] == {"deep/seed0": [0, 10, 20, 30], "diverse/seed0": [0, 10, 20, 30]}
    assert s["inputs"]["results.sqlite"] and s["warnings"] == []


def test_selection_uses_selection_split_heldout_loss_tie(planted):
    sel = {r["arm"]: r for r in load(planted, "selection.json")}
    # deep: selection solved 1/3/2 at steps 10/20/30; 20 and 30 lie within one problem, 20 has lower val loss
    assert sel["deep"]["selected_step"] == 20
    assert [c["solved"] for c in sel["deep"]["candidates"]] == [1, 3, 2]
    assert any("lowest held-out loss (1.0000 bits per byte)" in r for r in sel["deep"]["reasons"])
    assert sel["diverse"]["selected_step"] == 30  # 0/1/3 solved: only 30 is within one problem of the best
    # scored on the report split afterwards: deep step 20 solves rep-000..002 = 3/10
    rep = sel["deep"]["report"]
    assert (rep["solved"], rep["problems"], rep["pass@1"]) == (3, 10, pytest.approx(0.3))
    assert (rep["pass@1_lo"], rep["pass@1_hi"]) == pytest.approx(wilson(3, 10))
    assert rep["test_fraction"] == pytest.approx(3.5 / 10)  # three solved + rep-008 at half
    # the best step on the report split is 10 (5/10): shown, and labelled biased
    best = sel["deep"]["best_on_report"]
    assert (best["step"], best["solved"], best["optimistically_biased"]) == (10, 5, True)


def test_planted_mcnemar_table(planted):
    comp = [c for c in load(planted, "comparison.json") if c["kind"] == "arms"]
    assert len(comp) == 1
    c = comp[0]
    assert (c["a"], c["b"], c["a_step"], c["b_step"]) == ("deep", "diverse", 20, 30)
    assert c["table"] == {"both": 2, "only_a": 1, "only_b": 5, "neither": 2}
    assert c["mcnemar_p"] == pytest.approx(2 * (1 + 6) / 64)
    assert c["pass1_difference"] == pytest.approx(-0.4)
    assert c["pass1_difference_lo"] <= -0.4 <= c["pass1_difference_hi"]
    assert c["verdict"].startswith("not significant at 0.05")
    assert c["min_significant_gap"] == 6  # 6 discordant problems: only 6-0 would be significant
    vs_base = {x["a"]: x for x in load(planted, "comparison.json") if x["kind"] == "vs_base"}
    assert vs_base["deep"]["table"] == {"both": 1, "only_a": 2, "only_b": 0, "neither": 7}
    assert vs_base["deep"]["mcnemar_p"] == pytest.approx(0.5)


def test_planted_learning_events(planted):
    runs = {t["arm"]: t for t in load(planted, "events.json")}
    deep = {p["problem_id"]: p for p in runs["deep"]["problems"]}
    assert deep["bench/rep-000"]["regressions"] == [{"solved_at": 20, "lost_at": 30}]
    assert deep["bench/rep-000"]["first_solved"] == 0  # the base model already solved it
    assert deep["bench/rep-001"]["breakthrough"] == 20 and deep["bench/rep-001"]["regressions"] == []
    assert deep["bench/rep-002"]["breakthrough"] is None  # failed only once (base) before step 10
    assert deep["bench/rep-003"]["regressions"] == [{"solved_at": 10, "lost_at": 20}]
    assert deep["bench/rep-001"]["title"] == "Report problem 1"
    assert runs["deep"]["breakthroughs"] == 2  # sel-001, rep-001
    assert runs["deep"]["regressions"] == 5  # rep-000, rep-003..005, sel-002
    assert runs["deep"]["flips"] == 13
    assert runs["deep"]["stability"] == pytest.approx(1 - 13 / 42)
    assert runs["deep"]["retention"] == pytest.approx(4 / 9)
    assert runs["diverse"]["breakthroughs"] == 8  # rep-003..007, sel-000..002


def test_planted_partial_success_matrix(planted):
    m = {x["arm"]: x for x in load(planted, "matrix.json")}["deep"]
    i = m["problems"].index("bench/rep-008")
    assert m["steps"] == [0, 10, 20, 30]
    assert m["status"][i] == ["F", "P", "P", "P"]
    assert m["test_fraction"][i] == [0.0, 0.5, 0.5, 0.5]
    assert m["status"][m["problems"].index("bench/rep-000")] == ["S", "S", "S", "F"]
    csv_text = (planted / "matrix_deep_seed0.csv").read_text()
    assert "bench/rep-008,F,P:0.50,P:0.50,P:0.50" in csv_text


def test_planted_error_taxonomy(planted):
    rows = {(r["arm"], r["step"]): r for r in load(planted, "errors.json")}
    d30 = rows[("deep", 30)]
    assert {k: d30[k] for k in ("accepted", "syntax", "runtime", "algorithm", "logic", "samples")} == \
        {"accepted": 4, "syntax": 0, "runtime": 0, "algorithm": 9, "logic": 1, "samples": 14}
    assert rows[("deep", 10)]["syntax"] == 1 and rows[("deep", 20)]["runtime"] == 1
    # diverse step 30: rep-009 times out after passing half its tests: algorithm and partial
    assert rows[("diverse", 30)]["partial_samples"] == 1 and rows[("diverse", 30)]["logic"] == 0


def test_step_scores_by_split_and_results_table(planted):
    steps = {(r["arm"], r["step"], r["split"]): r for r in load(planted, "steps.json")}
    assert steps[("deep", 20, "selection")]["solved"] == 3
    assert steps[("deep", 20, "all")]["solved"] == 6
    assert steps[("deep", 0, "report")]["model"] == "base"
    assert steps[("deep", 20, "report")]["n_WA"] == 6 and steps[("deep", 20, "report")]["n_RE"] == 1
    assert steps[("deep", 20, "report")]["pass@1_lo"] < 0.3 < steps[("deep", 20, "report")]["pass@1_hi"]
    table = load(planted, "results_table.json")
    assert [(r["arm"], r["step"], r["report_solved"], r["all_solved"]) for r in table] == \
        [("base", 0, 1, 1), ("deep", 20, 3, 6), ("diverse", 30, 7, 10)]
    q = {r["arm"]: r for r in load(planted, "code_quality.json")}
    assert q["deep"]["programs"] == 6 and q["deep"]["functions_mean"] == 1.0


def _selected(out):
    return {r["arm"]: r["selected_step"] for r in load(out, "selection.json")}


def test_selection_never_looks_at_the_report_split(tmp_path):
    """Scrambling every report-split row leaves the choice unchanged; selection rows change it."""
    rng = np.random.default_rng(0)
    reference = None
    for trial in range(3):
        scramble = {arm: {f"bench/rep-{i:03d}": "".join(rng.choice(list("SSFPCRT"), size=3)) for i in range(10)}
                    for arm in ("deep", "diverse")}
        run = tmp_path / f"scrambled{trial}"
        out = run_analyze(planted_run(run, deep=scramble["deep"], diverse=scramble["diverse"]), run)
        assert _selected(out) == {"deep": 20, "diverse": 30}
        report = [(r["arm"], r["step"], r["solved"]) for r in load(out, "steps.json") if r["split"] == "report"]
        reference = reference or report
    assert report != reference  # the scrambles really changed the report split
    run = tmp_path / "selection_changed"
    out = run_analyze(planted_run(run, deep={f"bench/sel-{i:03d}": "SFF" for i in range(4)}), run)
    assert _selected(out) == {"deep": 10, "diverse": 30}


def test_selection_policies_pure():
    cands = [Candidate(10, 12, 5, 5 / 12, 1.0, 0.9), Candidate(20, 12, 6, 6 / 12, 1.2, 0.8),
             Candidate(30, 12, 5, 5 / 12, 0.9, 0.95)]
    assert select(cands, "pass_at_1")[0] == 20
    assert select(cands, "pass_then_loss", tolerance=1.0)[0] == 30  # 10 and 30 tie with 20; 30 has lowest loss
    assert select(cands, "pass_then_loss", tolerance=0.0)[0] == 20
    assert select(cands, "loss")[0] == 30
    no_loss = [Candidate(c.step, c.problems, c.solved, c.pass1, None, c.stability) for c in cands]
    step, reasons = select(no_loss, "loss")
    assert step == 30 and "fell back" in reasons[0]  # falls back; the tie goes to the most stable


def test_only_base_model(tmp_path):
    cfg = build_run(tmp_path, {f"bench/sel-{i:03d}": "S" for i in range(2)} |
                    {f"bench/rep-{i:03d}": "F" for i in range(3)}, {}, [], 2, 3, train=False)
    out = run_analyze(cfg, tmp_path)
    assert _selected(out) == {"deep": 0, "diverse": 0}
    assert load(out, "summary.json")["steps"] == {"deep/seed0": [0], "diverse/seed0": [0]}
    comp = load(out, "comparison.json")
    assert [c["kind"] for c in comp] == ["arms"] and comp[0]["mcnemar_p"] == 1.0
    assert [r["arm"] for r in load(out, "results_table.json")] == ["base", "deep", "diverse"]


def test_one_step_arms_without_train_metrics_or_benchmark(tmp_path):
    cfg = build_run(tmp_path, None, {"deep": {"bench/sel-000": "S", "bench/rep-000": "F"},
                                     "diverse": {"bench/sel-000": "F", "bench/rep-000": "S"}}, [40], 1, 1, train=False)
    with Store(tmp_path / "results.sqlite") as st:  # one generation the judge has not finished
        st.add_generations([row("deep", 0, 40, "bench/rep-001", 0, "S")[0]])
    out = run_analyze(cfg, tmp_path)
    sel = load(out, "selection.json")
    assert [r["selected_step"] for r in sel] == [40, 40]
    assert "only one checkpoint" in sel[0]["reasons"][0]
    assert load(out, "training.json")[0]["train"] == []
    assert load(out, "summary.json")["unjudged"] == 1
    (tmp_path / "data" / "benchmark.jsonl").unlink()
    out = run_analyze(cfg, tmp_path)
    assert any("benchmark.jsonl is missing" in w for w in load(out, "summary.json")["warnings"])
    assert "no selection split" in load(out, "selection.json")[0]["reasons"][0]


def test_several_seeds(tmp_path):
    # diverse beats deep by 1, 2 and 3 report problems in seeds 0, 1, 2
    runs = {}
    for seed in range(3):
        runs[("deep", seed)] = {"bench/sel-000": "FS", **{f"bench/rep-{i:03d}": ("SS" if i < 2 else "FF")
                                                           for i in range(6)}}
        runs[("diverse", seed)] = {"bench/sel-000": "FS", **{f"bench/rep-{i:03d}": ("SS" if i < 3 + seed else "FF")
                                                              for i in range(6)}}
    cfg = build_run(tmp_path, None, runs, [5, 10], 1, 6)
    out = run_analyze(cfg, tmp_path)
    seeds = load(out, "seeds.json")
    assert seeds["per_arm"]["deep"]["mean"] == pytest.approx(2 / 6) and seeds["per_arm"]["deep"]["sd"] == 0
    m = seeds["comparisons"][0]
    assert m["seeds"] == [0, 1, 2]
    assert m["differences"] == pytest.approx([-1 / 6, -2 / 6, -3 / 6])
    assert m["b_pass1"]["mean"] == pytest.approx(4 / 6) and m["b_pass1"]["sd"] == pytest.approx(1 / 6)
    assert m["sign_flip_p"] == pytest.approx(0.25) and m["sign_flip_min_p"] == pytest.approx(0.25)
    assert len([c for c in load(out, "comparison.json") if c["kind"] == "arms"]) == 3  # one per seed


def test_missing_store_is_a_clear_error(tmp_path):
    with pytest.raises(AnalysisError, match="run `codediv eval`"):
        run_analyze(build_run(tmp_path / "x", None, {}, [], 1, 1, train=False), tmp_path / "elsewhere")


def test_deterministic(tmp_path):
    a = run_analyze(planted_run(tmp_path / "a"), tmp_path / "a")
    b = run_analyze(planted_run(tmp_path / "b"), tmp_path / "b")
    for name in ("steps.json", "comparison.json", "selection.json", "events.json"):
        assert (a / name).read_text() == (b / name).read_text()


def test_missing_cells_and_unknown_problems_are_reported_not_guessed(tmp_path):
    # rep-001 was never evaluated at step 30 (an interrupted run), and the store holds a problem the
    # benchmark does not have.
    cfg = build_run(tmp_path, None, {"deep": {"bench/sel-000": "SSS", "bench/rep-000": "SSS",
                                              "bench/rep-001": "SF"}}, [10, 20, 30], 1, 2)
    with Store(tmp_path / "results.sqlite") as st:
        gen, judged = row("deep", 0, 10, "bench/ghost-000", 0, "S")
        st.add_generations([gen])
        st.add_judgments([judged])
    out = run_analyze(cfg, tmp_path)
    m = {x["arm"]: x for x in load(out, "matrix.json")}["deep"]
    assert m["steps"] == [10, 20, 30] and m["status"][m["problems"].index("bench/rep-001")] == ["S", "F", "-"]
    steps = {(r["step"], r["split"]): r for r in load(out, "steps.json")}
    assert (steps[(30, "report")]["problems"], steps[(30, "report")]["solved"]) == (1, 1)
    assert (steps[(20, "report")]["problems"], steps[(20, "report")]["solved"]) == (2, 1)
    assert any(w.startswith("1 problem(s) in results.sqlite are not in data/benchmark.jsonl (e.g. bench/ghost-000)")
               for w in load(out, "summary.json")["warnings"])


def test_planted_comparisons_by_metric(planted):
    comps = load(planted, "comparisons.json")
    assert set(comps["metrics"]) == {"pass@1", "test_fraction", "ref_bpb", "ref_nll", "error_share"}
    assert comps["adjustment"] == "holm"
    p1 = comps["metrics"]["pass@1"]
    assert [c["name"] for c in p1["arms"]] == ["deep vs diverse (seed 0)"]
    # one greedy sample per problem: the exact sign-flip test is comparison.json's exact McNemar test
    mcn = {(c["kind"], c["a"]): c for c in load(planted, "comparison.json")}
    for family in ("arms", "vs_base"):
        for c in p1[family]:
            assert c["p"] == pytest.approx(mcn[(family, c["a"])]["mcnemar_p"])
            assert c["p_holm"] == pytest.approx(mcn[(family, c["a"])]["mcnemar_p_holm"])
    vs = {c["a"]: c for c in p1["vs_base"]}
    # diverse vs base: 6 discordant problems all one way, p = 2/64; Holm over the 2 arms doubles it
    assert (vs["diverse"]["p"], vs["diverse"]["p_holm"], vs["diverse"]["significant"]) == \
        (pytest.approx(1 / 32), pytest.approx(1 / 16), False)
    assert mcn[("vs_base", "diverse")]["verdict"].startswith("not significant at 0.05 (Holm-adjusted p = 0.0625")
    tf = comps["metrics"]["test_fraction"]["arms"][0]
    # deep at 20: 3 solved + rep-008 at half = 3.5/10; diverse at 30: 7 solved + rep-009 at half = 7.5/10
    assert (tf["mean_a"], tf["mean_b"], tf["problems"]) == (pytest.approx(0.35), pytest.approx(0.75), 10)
    shift = {c["class"]: c for c in comps["metrics"]["error_share"]["deep seed 0: step 20 vs base"]}
    # base: 9 of 10 report problems wrong on every test; deep at step 20: 5 (rep-003..007)
    assert (shift["algorithm"]["base_problems_with_class"], shift["algorithm"]["problems_with_class"]) == (9, 5)
    assert shift["algorithm"]["family_size"] == 4
    # the planted held-out loss on the report split: selection value + 0.2 on every problem, so the
    # paired differences are constant (deep step 20: 1.2, diverse step 30: 1.45, base 1.8 bits per byte)
    bpb = comps["metrics"]["ref_bpb"]
    arms = bpb["arms"][0]
    assert (arms["mean_a"], arms["mean_b"], arms["difference"], arms["problems"]) == \
        (pytest.approx(1.2), pytest.approx(1.45), pytest.approx(-0.25), 10)
    vsb = {c["a"]: c for c in bpb["vs_base"]}
    assert vsb["deep"]["difference"] == pytest.approx(-0.6) and vsb["deep"]["interval"].startswith("t")
    assert vsb["deep"]["p"] == pytest.approx(2 / 2 ** 10)  # every one of 10 differences negative: exact sign flip
    nll = comps["metrics"]["ref_nll"]["arms"][0]  # nats per token = bpb * ln 2 * bytes / tokens
    assert nll["difference"] == pytest.approx(-0.25 * math.log(2) * 100 / 25)
    rows = (planted / "comparisons.csv").read_text().splitlines()
    assert rows[0].startswith("metric,family,name") and len(rows) == 1 + 3 * 4 + 8


def test_holm_families_of_a_sweep(tmp_path):
    """configs/sweep.yaml's shape (4 arms x 3 seeds) made 36 uncorrected tests: now 3 families."""
    from statsmodels.stats.multitest import multipletests
    arms = ["k1", "k2", "k5", "k10"]
    runs = {(arm, seed): {"bench/sel-000": "FS", **{f"bench/rep-{i:03d}": ("SS" if i < 2 + j + seed else "FF")
                                                      for i in range(8)}}
            for j, arm in enumerate(arms) for seed in range(3)}
    base = {"bench/sel-000": "F", **{f"bench/rep-{i:03d}": "F" for i in range(8)}}
    out = run_analyze(build_run(tmp_path, base, runs, [5, 10], 1, 8), tmp_path)
    comp = load(out, "comparison.json")
    fams = {k: [c for c in comp if c["kind"] == k] for k in ("arms", "vs_base")}
    multi = load(out, "seeds.json")["comparisons"]
    assert (len(fams["arms"]), len(fams["vs_base"]), len(multi)) == (18, 12, 6)
    for rows, key in ((fams["arms"], "mcnemar_p"), (fams["vs_base"], "mcnemar_p"), (multi, "sign_flip_p")):
        want = multipletests([r[key] for r in rows], method="holm")[1]
        assert [r[f"{key}_holm"] for r in rows] == pytest.approx(list(want))
        assert all(r["family_size"] == len(rows) and r["significant"] == (r[f"{key}_holm"] < 0.05) for r in rows)
    # k10 seed 2 solves 7 report problems the base never solves: raw p = 2/128, but not after Holm over 12
    k10 = next(c for c in fams["vs_base"] if c["a"] == "k10" and c["seed"] == 2)
    assert k10["mcnemar_p"] == pytest.approx(2 / 128) and not k10["significant"]


def test_pass_at_k_from_several_samples_is_compared_per_problem(tmp_path):
    """Three samples per problem (tokens like 'SFF'): pass@2 joins the per-problem metrics, with the
    unbiased estimator's values (checked against exact arithmetic) and Holm within each family."""
    from fractions import Fraction
    from math import comb

    def exact(n: int, c: int, k: int) -> float:
        return float(1 - Fraction(comb(n - c, k), comb(n, k)))
    steps = [10]
    base = {f"bench/sel-{i:03d}": "FFF " for i in range(2)} | {f"bench/rep-{i:03d}": "FFF " for i in range(4)}
    deep = {f"bench/sel-{i:03d}": "SFF " for i in range(2)} | {"bench/rep-000": "SFF ", "bench/rep-001": "SSF ",
                                                               "bench/rep-002": "FFF ", "bench/rep-003": "SSS "}
    cfg = build_run(tmp_path, base, {"deep": deep}, steps, 2, 4, analysis={"pass_k": [1, 2, 5]})
    comps = load(run_analyze(cfg, tmp_path), "comparisons.json")
    assert "pass@2" in comps["metrics"] and "pass@5" not in comps["metrics"]  # 3 samples: k = 5 is skipped
    c = comps["metrics"]["pass@2"]["vs_base"][0]
    want = [exact(3, 1, 2), exact(3, 2, 2), 0.0, 1.0]
    assert c["mean_a"] == pytest.approx(sum(want) / 4) and c["mean_b"] == 0.0 and c["problems"] == 4
    assert c["family_size"] == 1 and c["p"] == pytest.approx(2 / 2 ** 3)  # three non-zero differences, one way
