"""Checkpoint selection sees the selection split only, and only complete checkpoints.

A property test (hypothesis) builds random runs directly as :class:`codediv.results.Results`
and perturbs the report split every way an evaluation can: rows removed, rows added, verdicts
flipped, and a checkpoint added that has report rows only; the whole selection record must
not change. Further tests pin the cases the issue found: a partially evaluated checkpoint is
never selected, a report-only checkpoint is no candidate (and stability is not 1.0 because of
it), and stability is computed on selection problems (a mutation computing it on every
problem changes the selected step here).
"""
from __future__ import annotations

import json

import numpy as np
import pytest
from hypothesis import given, settings, strategies as st

from codediv.analyze import run_analyze
from codediv.metrics import local_stability
from codediv.records import VERDICTS
from codediv.results import CLASSES, Checkpoint, Results
from codediv.selection import selection_record
from synthetic_run import PLANTED_BASE, PLANTED_DEEP, PLANTED_DIVERSE, PLANTED_VAL, build_run


def checkpoint(arm: str, step: int, n: np.ndarray, c: np.ndarray) -> Checkpoint:
    p = len(n)
    return Checkpoint(arm, 0, step, n.copy(), c.copy(), np.divide(c, n, out=np.zeros(p), where=n > 0),
                      np.zeros((p, len(VERDICTS)), int), np.zeros((p, len(CLASSES)), int), np.zeros(p, int))


def results(n_sel: int, n_rep: int, cks: dict[int, tuple[np.ndarray, np.ndarray]]) -> Results:
    ids = [f"p{i:02d}" for i in range(n_sel + n_rep)]
    sel = np.arange(n_sel + n_rep) < n_sel
    masks = {"selection": sel, "report": ~sel, "all": np.ones_like(sel)}
    checkpoints = {("deep", 0, s): checkpoint("deep", s, n, c) for s, (n, c) in cks.items()}
    return Results(ids, {i: i for i in ids}, masks, checkpoints, ["deep"], {"deep": [0]}, None)


def curves(val: dict[int, float]) -> dict:
    return {"arm": "deep", "seed": 0, "train": [], "eval": [{"step": s, "val_loss": v} for s, v in val.items()],
            "checkpoints": []}


@st.composite
def runs(draw):
    n_sel, n_rep = draw(st.integers(1, 5)), draw(st.integers(1, 6))
    samples = draw(st.integers(1, 3))
    steps = sorted(draw(st.sets(st.sampled_from([10, 20, 30, 40, 50, 60]), min_size=1, max_size=5)))
    cks = {}
    for i, s in enumerate(steps):
        n = np.full(n_sel + n_rep, samples)
        if i == len(steps) - 1 and draw(st.booleans()):  # the last checkpoint may be interrupted
            n[:n_sel] = [draw(st.sampled_from([0, samples])) for _ in range(n_sel)]
        n[n_sel:] = [draw(st.sampled_from([0, samples])) for _ in range(n_rep)]
        c = np.array([draw(st.integers(0, int(k))) for k in n])
        cks[s] = (n, c)
    val = {s: draw(st.floats(0.5, 2.0)) for s in steps if draw(st.booleans())}
    return n_sel, n_rep, samples, cks, val


def perturb_report(draw, n_sel: int, samples: int, cks: dict) -> dict:
    """Remove, add or flip report rows, and maybe add a checkpoint with report rows only."""
    out = {}
    for s, (n, c) in cks.items():
        n, c = n.copy(), c.copy()
        for j in range(n_sel, len(n)):
            how = draw(st.sampled_from(["keep", "remove", "add", "flip"]))
            if how == "remove":
                n[j] = c[j] = 0
            elif how == "add" and n[j] == 0:
                n[j], c[j] = samples, draw(st.integers(0, samples))
            elif how == "flip":
                c[j] = n[j] - c[j]
        out[s] = (n, c)
    if draw(st.booleans()):
        free = [s for s in (5, 15, 25, 35, 70) if s not in out]
        n = np.zeros(len(next(iter(cks.values()))[0]), int)
        n[n_sel:] = samples
        out[draw(st.sampled_from(free))] = (n, np.zeros_like(n))
    return out


@settings(max_examples=150, deadline=None, database=None)  # nothing written into the repo
@given(run=runs(), data=st.data(), policy=st.sampled_from(["pass_then_val_loss", "pass_at_1", "val_loss"]),
       tolerance=st.sampled_from([0.0, 1.0]))
def test_report_rows_never_change_the_selection_record(run, data, policy, tolerance):
    n_sel, n_rep, samples, cks, val = run
    before = selection_record(results(n_sel, n_rep, cks), "deep", 0, curves(val), policy, tolerance)
    changed = perturb_report(data.draw, n_sel, samples, cks)
    after = selection_record(results(n_sel, n_rep, changed), "deep", 0, curves(val), policy, tolerance)
    assert after == before
    assert all(c["problems"] == n_sel for c in before["candidates"])  # candidates are complete


def _stability_run() -> dict[int, tuple[np.ndarray, np.ndarray]]:
    """Steps 10-40 tie at 1/2 selection problems; on selection problems step 40 is the most stable
    (1.0), on all problems step 10 would be (5/6), because step 40 fails every report problem."""
    sel = {10: [1, 0], 20: [0, 0], 30: [1, 0], 40: [1, 0]}
    rep = {10: [1] * 4, 20: [1] * 4, 30: [1] * 4, 40: [0] * 4}
    return {s: (np.ones(6, int), np.array(sel[s] + rep[s])) for s in sel}


def test_stability_is_computed_on_selection_problems_only():
    rec = selection_record(results(2, 4, _stability_run()), "deep", 0, curves({}), "pass_at_1", 0.0)
    stab = {c["step"]: c["stability"] for c in rec["candidates"]}
    want = local_stability(np.array([[1, 0], [0, 0], [1, 0], [1, 0]], bool))
    assert list(stab.values()) == pytest.approx(want.tolist())
    assert want.tolist() == pytest.approx([0.5, 0.5, 0.75, 1.0])
    assert rec["selected_step"] == 40  # computed on all six problems it would be step 10 (5/6)


def test_a_partially_evaluated_checkpoint_is_reported_and_never_selected():
    cks = _stability_run()
    n, c = np.ones(6, int), np.array([1, 1, 0, 0, 0, 0])
    n[1] = 0
    cks[50] = (n, c)  # it would top the selection split, but one selection problem is missing
    rec = selection_record(results(2, 4, cks), "deep", 0, curves({50: 0.1}), "val_loss", 1.0)
    assert rec["partial"] == [{"step": 50, "selection_problems_evaluated": 1, "selection_problems": 2}]
    assert 50 not in [c["step"] for c in rec["candidates"]] and rec["selected_step"] != 50
    assert any("step 50 was evaluated on only 1/2 selection problems" in r for r in rec["reasons"])
    only_partial = selection_record(results(2, 4, {50: (n, c)}), "deep", 0, curves({}), "pass_at_1", 1.0)
    assert only_partial["selected_step"] is None and only_partial["candidates"] == []


def _selection(out):
    strip = ("report", "best_on_report")
    return [{k: v for k, v in r.items() if k not in strip} for r in json.loads((out / "selection.json").read_text())]


def test_report_only_checkpoint_in_a_real_analysis(tmp_path):
    """The issue's case: an interrupted evaluation left step 40 with report rows only and the lowest
    validation loss. It must not become a '0/0 solved' candidate, and deleting its rows (or any other
    report rows) must leave the whole selection record as it was."""
    steps = [10, 20, 30, 40]
    val = {arm: {**v, 40: 0.1} for arm, v in PLANTED_VAL.items()}
    deep = {pid: pat + ("S" if pid.startswith("bench/rep") else "") for pid, pat in PLANTED_DEEP.items()}
    records = []
    for name, deep_pats in [("with_step40", deep), ("without_step40", PLANTED_DEEP),
                            ("report_flipped", {p: (v.translate(str.maketrans("SF", "FS")) if "rep" in p else v)
                                                for p, v in deep.items()}),
                            ("report_removed", {p: v for p, v in deep.items() if p not in ("bench/rep-004",
                                                                                            "bench/rep-007")})]:
        run = tmp_path / name
        cfg = build_run(run, PLANTED_BASE, {"deep": deep_pats, "diverse": PLANTED_DIVERSE}, steps, 4, 10, val=val,
                        analysis={"selection_policy": "val_loss"})
        out = run_analyze(cfg, run)
        records.append(_selection(out))
        if name == "with_step40":
            summary = json.loads((out / "summary.json").read_text())
            assert any("deep seed 0 step 40 has no selection-split results" in w for w in summary["warnings"])
    assert all(r == records[0] for r in records[1:])
    deep_rec = records[0][0]
    assert [c["step"] for c in deep_rec["candidates"]] == [10, 20, 30] and deep_rec["partial"] == []
    assert deep_rec["selected_step"] == 20  # the lowest validation loss among complete checkpoints
    assert [c["stability"] for c in deep_rec["candidates"]] != [1.0, 1.0, 1.0]
