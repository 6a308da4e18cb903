"""Power planning before a run: can this benchmark tell two checkpoints apart at all?

The arms are compared on the report split by the exact McNemar test
(:mod:`codediv.significance`), so what a benchmark can detect depends on the number n of
report problems, the share ψ of problems two checkpoints disagree on (assumed:
``analysis.discordance``; a pilot run's ``comparison.json`` measures it as
``discordant_share``), α and the power wanted. :func:`plan` computes both planning numbers
by exact enumeration of the test's power (:func:`codediv.metrics.mcnemar_power`): the
smallest pass@1 difference detectable on n problems, and the problems needed for a given
difference. :func:`plan_line` says both in one line, which ``codediv plan`` prints and
``codediv run`` prints before training when the report split cannot detect
``analysis.min_effect`` (:func:`run_warning`).

:func:`report_problems` counts the report split: from the run folder's
``data/benchmark.jsonl`` when the data stage has run, otherwise by loading the configured
benchmark the way the data stage does (:func:`codediv.benchmark.build_benchmark`; the built-in
benchmark needs no network). Reads those files; writes nothing.
"""
from __future__ import annotations

import json
import logging
from pathlib import Path

from .benchmark import build_benchmark
from .config import ExperimentConfig
from .errors import CodedivError
from .metrics import detectable_difference, mcnemar_power, problems_needed
from .rundir import RunDir

log = logging.getLogger(__name__)


def _count_report(tag_lists) -> int:
    return sum("bench:report" in tags for tags in tag_lists)


def report_problems(cfg: ExperimentConfig, run_dir: Path | None) -> tuple[int | None, str]:
    """(report-split problems, where the count comes from); (None, why) when it cannot be known."""
    bench = RunDir(run_dir).benchmark if run_dir is not None else None
    if bench is not None and bench.exists():
        rows = (json.loads(line) for line in bench.read_text().splitlines() if line.strip())
        return _count_report(r.get("tags", []) for r in rows), str(bench)
    try:
        problems = build_benchmark(cfg)
    except CodedivError as e:
        log.debug("benchmark not loadable for planning: %s", e)
        return None, f"the benchmark could not be loaded ({e})"
    return _count_report(p.tags for p in problems), f"the configured {cfg.benchmark.kind} benchmark"


def plan(n: int | None, discordance: float, delta: float | None, alpha: float = 0.05, power: float = 0.8) -> dict:
    """The planning numbers for ``n`` report problems (None: unknown) at an assumed discordance."""
    out = {"problems": n, "discordance": discordance, "alpha": alpha, "power": power, "delta": delta,
           "detectable_difference": None, "best_power": None, "problems_needed": None,
           "method": "exact enumeration of the exact McNemar test's power"}
    if n:
        out["detectable_difference"] = detectable_difference(n, discordance, alpha, power)
        out["best_power"] = mcnemar_power(n, discordance, discordance, alpha)
    if delta and abs(delta) <= discordance:
        out["problems_needed"] = problems_needed(delta, discordance, alpha, power)
    return out


def _pts(x: float) -> str:
    return f"{100 * x:.1f} pts"


def plan_line(p: dict) -> str:
    """One line: what ``p['problems']`` can detect, and what ``p['delta']`` needs (see :func:`plan`)."""
    q, power, n = p["discordance"], p["power"], p["problems"]
    test = f"the exact McNemar test (α = {p['alpha']:g})"
    if n is None:
        head = f"benchmark size unknown; at {q:.0%} assumed discordance"
    elif p["detectable_difference"] is None:
        head = (f"{n:,} report problems at {q:.0%} assumed discordance: {test} detects no pass@1 difference with "
                f"{power:.0%} power (at most {p['best_power']:.0%} power even if every disagreement goes one way)")
    else:
        dd = p["detectable_difference"]
        head = (f"{n:,} report problems at {q:.0%} assumed discordance: {test} detects a pass@1 difference of "
                f"{_pts(dd)} ({dd * n:.1f} problems) with {power:.0%} power")
    tail = ""
    if p["delta"]:
        d = abs(p["delta"])
        if d > q:
            tail = f"a difference of {_pts(d)} cannot occur when only {q:.0%} of problems are discordant"
        elif p["problems_needed"] is None:
            tail = f"a difference of {_pts(d)} needs more than 10 million report problems"
        else:
            tail = f"a difference of {_pts(d)} needs {p['problems_needed']:,} report problems"
        if n is None:
            tail += f" (exact McNemar test, α = {p['alpha']:g}, {power:.0%} power)"
    if n is None:
        return f"plan: {head} {tail or 'nothing can be computed without a size'}; pass --problems N to say more."
    return f"plan: {head}" + (f"; {tail}." if tail else ".")


def run_warning(cfg: ExperimentConfig, run_dir: Path) -> str | None:
    """The planning line when the run's report split cannot detect ``analysis.min_effect``, else None."""
    a = cfg.analysis
    if a.min_effect is None:
        return None
    n, _ = report_problems(cfg, run_dir)
    if n is None:
        return None
    p = plan(n, a.discordance, a.min_effect, a.alpha, a.power)
    dd = p["detectable_difference"]
    return plan_line(p) if dd is None or dd > a.min_effect + 1e-12 else None
