"""Key findings: sentences generated from the ``analysis/`` numbers, never fixed conclusions.

``findings(a)`` takes the loaded analysis files (a dict keyed by file stem, as
:func:`codediv.report.load_analysis` returns) and returns a list of sentences: how far apart
the arms are and whether that is significant (and what the benchmark could detect at all),
each arm against the base model, the other per-problem metrics, the optimism of choosing
checkpoints on the report split, learning events, the main shift in error types, multi-seed
results and code quality. Every sentence that claims a difference names its test, its raw
p-value and its Holm-adjusted p-value within the family of comparisons it belongs to, and
decides significance on the adjusted one.
"""
from __future__ import annotations

from .significance import metric as registered_metric


def pct(x: float | None, signed: bool = False) -> str:
    """0.2917 -> '29.2%' ('+29.2 pts' when signed); None -> ''."""
    if x is None:
        return ""
    return f"{100 * x:+.1f} pts" if signed else f"{100 * x:.1f}%"


def metric_name(name: str) -> str:
    """The name sentences use for a metric of :mod:`codediv.significance` (its key when it has none)."""
    m = registered_metric(name)
    return m.label if m is not None and m.label else name


def _lower_is_better(name: str) -> bool:
    m = registered_metric(name)
    return m is not None and not m.higher_is_better


def fmt_metric(name: str, x: float | None, signed: bool = False) -> str:
    """A metric value as the report prints it: shares (pass@k, test share, error shares) as
    percentages, the others (losses) with 3 decimals."""
    if x is None:
        return ""
    m = registered_metric(name)
    if name == "error_share" or (m is not None and m.is_share):
        return pct(x, signed)
    return f"{x:+.3f}" if signed else f"{x:.3f}"


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if abs(n) == 1 else 's'}"


def p_text(p: float, adj: float, m: int) -> str:
    """'p = 0.219 (the only comparison in its family)' or 'p = 0.031, Holm-adjusted 0.062 over 2 comparisons'."""
    if m <= 1:
        return f"p = {p:.3g} (the only comparison in its family, so unadjusted)"
    return f"p = {p:.3g}, Holm-adjusted {adj:.3g} over {m} comparisons"


def _decision(adj: float, alpha: float, m: int) -> str:
    sig = "significant" if adj < alpha else "not significant"
    return f"{sig} at {alpha:g}" + (" after Holm's adjustment" if m > 1 else "")


def arm_comparison(c: dict) -> list[str]:
    """Sentences for one arm-vs-arm comparison."""
    n, gap, t = c["problems"], c["solved_difference"], c["table"]
    disc = t["only_a"] + t["only_b"]
    if gap == 0:
        head = f"{c['a']} (step {c['a_step']}) and {c['b']} (step {c['b_step']}) solve the same number of report " \
               f"problems, {c['a_solved']}/{n}"
    else:
        lead, lag = (c["a"], c["b"]) if gap > 0 else (c["b"], c["a"])
        ls, gs = (c["a_solved"], c["b_solved"]) if gap > 0 else (c["b_solved"], c["a_solved"])
        head = f"{lead} solves {ls}/{n} report problems and {lag} {gs}/{n}: they differ by only " \
               f"{_plural(abs(gap), 'problem')}" if abs(gap) <= 2 else \
               f"{lead} solves {ls}/{n} report problems and {lag} {gs}/{n}, {_plural(abs(gap), 'problem')} apart"
    m = c["family_size"]
    out = [f"{head} (Δ pass@1 {pct(c['pass1_difference'], True)}, 95% CI {pct(c['pass1_difference_lo'], True)} "
           f"to {pct(c['pass1_difference_hi'], True)}). They disagree on {_plural(disc, 'problem')} "
           f"({t['only_a']} only {c['a']}, {t['only_b']} only {c['b']}); exact McNemar "
           f"{p_text(c['mcnemar_p'], c['mcnemar_p_holm'], m)}: {_decision(c['mcnemar_p_holm'], c['alpha'], m)}."]
    if c["min_significant_gap"] is None:
        out.append(f"With {_plural(disc, 'discordant problem')}, no split of them could reach significance at "
                   f"{c['alpha']:g}: this benchmark cannot tell these checkpoints apart.")
    elif c["min_detectable_difference"] is None:
        out.append(f"Only a split of at least {c['min_significant_gap']} problems among the {disc} disagreements "
                   f"would be significant, and at this discordance no difference is detectable with "
                   f"{c['power']:.0%} power on {n} problems (exact power of the exact test).")
    else:
        need = f"; detecting the observed gap with {c['power']:.0%} power would take about " \
               f"{c['problems_needed']:,} problems" if c["problems_needed"] else ""
        out.append(f"At this discordance the smallest difference detectable with {c['power']:.0%} power (exact power "
                   f"of the exact test) is {pct(c['min_detectable_difference'])} "
                   f"({_plural(c['min_detectable_problems'], 'problem')} of {n}){need}.")
    lo, hi = c["pass1_difference_lo"], c["pass1_difference_hi"]
    if (lo > 0 or hi < 0) != c["significant"]:
        out.append("The interval of the pass@1 difference and the Holm-adjusted McNemar test on solved problems "
                   f"disagree ({'the interval excludes 0' if lo > 0 or hi < 0 else 'the interval includes 0'}); the "
                   "interval is not adjusted for the other comparisons, and with several samples per problem the "
                   "pass@1 difference uses more than solved/unsolved, so treat the evidence as suggestive, not "
                   "settled.")
    return out


def base_comparison(c: dict) -> str:
    gap = c["solved_difference"]
    change = f"{_plural(abs(gap), 'more problem')}" if gap > 0 else \
        (f"{_plural(abs(gap), 'fewer problem')}" if gap < 0 else "the same number of problems")
    than = "as" if gap == 0 else "than"
    m = c["family_size"]
    return (f"{c['a']} at step {c['a_step']} solves {c['a_solved']}/{c['problems']} report problems, {change} "
            f"{than} the base model ({c['b_solved']}); exact McNemar {p_text(c['mcnemar_p'], c['mcnemar_p_holm'], m)}: "
            f"{_decision(c['mcnemar_p_holm'], c['alpha'], m)}.")


def metric_comparison(metric: str, c: dict, alpha: float) -> str:
    """One per-problem metric comparison (comparisons.json) as a sentence with its test."""
    m, f = c["family_size"], lambda x, signed=False: fmt_metric(metric, x, signed)  # noqa: E731
    return (f"{metric_name(metric)} on the report split, {c['a']} (step {c['a_step']}) vs {c['b']} "
            f"(step {c['b_step']}): {f(c['mean_a'])} vs {f(c['mean_b'])}, Δ {f(c['difference'], True)} (95% CI "
            f"{f(c['difference_lo'], True)} to {f(c['difference_hi'], True)}) over {c['problems']} problems; "
            f"{c['test']} {p_text(c['p'], c['p_holm'], m)}: {_decision(c['p_holm'], alpha, m)}.")


def primary(metric: str, comps: dict) -> list[str]:
    """The declared primary metric first: did training move it (each arm vs base), do the arms differ."""
    fams, alpha = comps["metrics"].get(metric, {}), comps["alpha"]
    name = metric_name(metric)
    out = []
    for c in fams.get("vs_base", []):
        lo, hi = c["difference_lo"], c["difference_hi"]
        excludes = lo > 0 or hi < 0
        better = (c["difference"] < 0) == _lower_is_better(metric)
        if excludes and c["significant"]:
            how = "training improved it" if better else "training made it worse"
        elif excludes:
            how = ("the interval excludes 0 but the Holm-adjusted test does not reject, so the change is not "
                   "established")
        else:
            how = "the interval includes 0, so training did not measurably move it"
        out.append(f"Primary metric ({name}, declared before the run): {c['a']} at step {c['a_step']} vs the base "
                   f"model, {fmt_metric(metric, c['mean_a'])} vs {fmt_metric(metric, c['mean_b'])} on "
                   f"{c['problems']} report problems, Δ {fmt_metric(metric, c['difference'], True)} (95% CI "
                   f"{fmt_metric(metric, lo, True)} to {fmt_metric(metric, hi, True)}): {how}; {c['test']} "
                   f"{p_text(c['p'], c['p_holm'], c['family_size'])}: {_decision(c['p_holm'], alpha, c['family_size'])}.")
    for c in fams.get("arms", []):
        out.append("Primary metric, arms compared: " + metric_comparison(metric, c, alpha))
    if not out:
        out.append(f"The primary metric ({name}) has no comparison: no pair of checkpoints has it on the report split.")
    return out


def selection_bias(s: dict) -> str | None:
    """How much choosing the checkpoint on the report split itself would flatter the primary metric."""
    if "report" not in s or "best_on_report" not in s:
        return None
    best = s["best_on_report"]
    metric = best.get("metric", "pass@1")
    sel_v, best_v = s["report"].get(metric), best.get(metric)
    if sel_v is None or best_v is None:
        return None
    f = lambda x, signed=False: fmt_metric(metric, x, signed)  # noqa: E731
    flatters = best_v < sel_v if _lower_is_better(metric) else best_v > sel_v
    if best["step"] == s["selected_step"] or not flatters:
        return f"For {s['arm']} (seed {s['seed']}) the checkpoint chosen on the selection split (step " \
               f"{s['selected_step']}) is also the best on the report split ({metric_name(metric)} " \
               f"{f(sel_v)})."
    return (f"Choosing {s['arm']}'s checkpoint (seed {s['seed']}) on the report split itself would report "
            f"{metric_name(metric)} {f(best_v)} (step {best['step']}) instead of the honest {f(sel_v)} "
            f"(step {s['selected_step']}), {f(best_v - sel_v, True)} of optimism: the size of the bias from choosing "
            f"on the scored problems, not a difference between checkpoints to test.")


def learning(t: dict) -> str:
    ret = f"; {pct(t['retention'])} of the problems solved at some trained step are still solved at the last" \
        if t["retention"] is not None else ""
    return (f"{t['arm']} (seed {t['seed']}): {_plural(t['breakthroughs'], 'breakthrough')} and "
            f"{_plural(t['regressions'], 'regression')} on {_plural(t['problems_regressed'], 'problem')}, "
            f"stability {t['stability']:.2f}{ret}.")


def error_shift(family: list[dict], errors: list[dict], alpha: float) -> str | None:
    """The largest change in a failure class from the base model to a selected checkpoint, tested.

    Counted on report problems (each problem weighs the same however many samples it has)
    and tested per class with the sign-flip test on per-problem shares (exact McNemar on
    problems with one sample each); the classes are one Holm family, so picking the largest
    shift does not make it look stronger than it is.
    """
    if not family:
        return None
    c = max(family, key=lambda r: (abs(r["difference"]), r["name"]))
    arm, seed, step = c["a"], c["seed"], c["a_step"]
    rows = {r["step"]: r for r in errors if r["arm"] == arm and r["seed"] == seed}
    top = ""
    if step in rows:
        s = rows[step]
        cls = max(("syntax", "runtime", "algorithm", "logic"), key=lambda k: s[k])
        top = f" The most common failure at step {step} is {cls} ({pct(s[f'{cls}_share'])} of all its samples)."
    n, m = c["problems"], c["family_size"]
    return (f"For {arm} (seed {seed}) the largest change from the base model to step {step} on the {n} report "
            f"problems is in {c['class']} errors, which {c['base_problems_with_class']} → {c['problems_with_class']} "
            f"of them show (mean per-problem share of samples {pct(c['mean_b'])} → {pct(c['mean_a'])}, "
            f"Δ {pct(c['difference'], True)}, 95% CI {pct(c['difference_lo'], True)} to "
            f"{pct(c['difference_hi'], True)}); {c['test']} {p_text(c['p'], c['p_holm'], m)}, the failure classes "
            f"being one family: {_decision(c['p_holm'], alpha, m)}.{top}")


def seeds(m: dict) -> str:
    sa, sb = m["a_pass1"], m["b_pass1"]
    floor = " (the smallest p possible with this many seeds, so the test cannot reject)" \
        if m["sign_flip_p"] <= m["sign_flip_min_p"] + 1e-12 and m["sign_flip_min_p"] >= m["alpha"] else ""
    k = m["family_size"]
    return (f"Across {_plural(len(m['seeds']), 'seed')}, {m['a']} reaches {pct(sa['mean'])} ± {pct(sa['sd'])} and "
            f"{m['b']} {pct(sb['mean'])} ± {pct(sb['sd'])} report pass@1; sign-flip test over seeds "
            f"{p_text(m['sign_flip_p'], m['sign_flip_p_holm'], k)}{floor}: {_decision(m['sign_flip_p_holm'], m['alpha'], k)}; "
            f"the pooled per-problem interval of the difference is {pct(m['pooled_difference_lo'], True)} "
            f"to {pct(m['pooled_difference_hi'], True)}.")


def quality(rows: list[dict]) -> str | None:
    trained = [q for q in rows if q["step"] > 0 and q["programs"]]
    if len(trained) < 2:
        return None
    parts = [f"{q['arm']} {q['lines_mean']:.1f} lines, complexity {q['complexity_mean']:.1f}, "
             f"{q['functions_mean']:.1f} functions ({q['programs']} programs)" for q in trained]
    return "Accepted programs at the selected checkpoints: " + "; ".join(parts) + "."


def findings(a: dict) -> list[str]:
    """All key-finding sentences for a loaded analysis, the declared primary metric first."""
    s, out = a["summary"], []
    if not any(st > 0 for steps in s["steps"].values() for st in steps):
        out.append("Only the base model has been evaluated: there is no trained checkpoint to select or compare yet.")
    if not any(t["train"] for t in a["training"]):
        out.append("No training metrics were found (an eval-only run): there are no training curves.")
    comps = a["comparisons"]
    lead = s.get("primary_metric", "pass@1")
    if lead != "pass@1":
        out += primary(lead, comps)
    secondary = "Secondary metric: " if lead != "pass@1" else ""
    arms = [c for c in a["comparison"] if c["kind"] == "arms" and c["problems"]]
    for c in arms:
        out += [secondary + x if i == 0 else x for i, x in enumerate(arm_comparison(c))]
    out += [secondary + base_comparison(c) for c in a["comparison"] if c["kind"] == "vs_base" and c["problems"]]
    for metric, families in comps["metrics"].items():
        if metric not in ("pass@1", "error_share", lead):  # pass@1 is said above with McNemar
            out += [secondary + metric_comparison(metric, c, comps["alpha"]) for c in families.get("arms", [])]
    out += [m for m in (selection_bias(x) for x in a["selection"]) if m]
    out += [seeds(m) for m in a["seeds"]["comparisons"]]
    if any(st > 0 for steps in s["steps"].values() for st in steps):
        out += [learning(t) for t in a["events"]]
    out += [m for m in (error_shift(f, a["errors"], comps["alpha"]) for f in comps["metrics"]["error_share"].values())
            if m]
    q = quality(a["code_quality"])
    if q:
        out.append(q)
    if s["split_sizes"]["report"] == 0:
        out.append("The benchmark has no report split: every score above was seen by selection and is optimistic.")
    return out
