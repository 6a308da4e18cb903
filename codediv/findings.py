"""Key findings: sentences generated from the ``analysis/`` numbers, never fixed conclusions.

``findings(a)`` takes the loaded analysis files (a dict keyed by file stem, as
:func:`codediv.report.load_analysis` returns) and returns a list of sentences: how far apart
the arms are and whether that is significant (and what the benchmark could detect at all),
each arm against the base model, the optimism of choosing checkpoints on the report split,
learning events, the main shift in error types, multi-seed results and code quality.
"""
from __future__ import annotations


def pct(x: float | None, signed: bool = False) -> str:
    """0.2917 -> '29.2%' ('+29.2 pts' when signed); None -> ''."""
    if x is None:
        return ""
    return f"{100 * x:+.1f} pts" if signed else f"{100 * x:.1f}%"


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if abs(n) == 1 else 's'}"


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
    out = [f"{head} (Δ pass@1 {pct(c['pass1_difference'], True)}, 95% CI {pct(c['pass1_difference_lo'], True)} "
           f"to {pct(c['pass1_difference_hi'], True)}). They disagree on {_plural(disc, 'problem')} "
           f"({t['only_a']} only {c['a']}, {t['only_b']} only {c['b']}); exact McNemar p = {c['mcnemar_p']:.3g}: "
           f"{c['verdict'].split(' (p =')[0]}."]
    if c["min_significant_gap"] is None:
        out.append(f"With {_plural(disc, 'discordant problem')}, no split of them could reach significance at "
                   f"{c['alpha']:g}: this benchmark cannot tell these checkpoints apart.")
    elif c["min_detectable_difference"] is None:
        out.append(f"Only a split of at least {c['min_significant_gap']} problems among the {disc} disagreements "
                   f"would be significant, and at this discordance no difference is detectable with "
                   f"{c['power']:.0%} power on {n} problems.")
    elif c["min_detectable_difference"] is not None:
        need = f"; detecting the observed gap with {c['power']:.0%} power would take about " \
               f"{c['problems_needed']} problems" if c["problems_needed"] else ""
        out.append(f"At this discordance the smallest difference detectable with {c['power']:.0%} power is "
                   f"{pct(c['min_detectable_difference'])} ({_plural(c['min_detectable_problems'], 'problem')} "
                   f"of {n}){need}.")
    lo, hi = c["pass1_difference_lo"], c["pass1_difference_hi"]
    if (lo > 0 or hi < 0) != c["significant"]:
        out.append("The bootstrap interval of the pass@1 difference and McNemar's test on solved problems disagree "
                   f"({'the interval excludes 0' if lo > 0 or hi < 0 else 'the interval includes 0'}); with several "
                   "samples per problem the pass@1 difference uses more information than solved/unsolved, so "
                   "treat the evidence as suggestive, not settled.")
    return out


def base_comparison(c: dict) -> str:
    gap = c["solved_difference"]
    change = f"{_plural(abs(gap), 'more problem')}" if gap > 0 else \
        (f"{_plural(abs(gap), 'fewer problem')}" if gap < 0 else "the same number of problems")
    than = "as" if gap == 0 else "than"
    return (f"{c['a']} at step {c['a_step']} solves {c['a_solved']}/{c['problems']} report problems, {change} "
            f"{than} the base model ({c['b_solved']}); McNemar p = {c['mcnemar_p']:.3g}, "
            f"{c['verdict'].split(' (p =')[0]}.")


def selection_bias(s: dict) -> str | None:
    if "report" not in s or "best_on_report" not in s:
        return None
    sel, best = s["report"], s["best_on_report"]
    if best["step"] == s["selected_step"] or best["pass@1"] <= sel["pass@1"]:
        return f"For {s['arm']} (seed {s['seed']}) the checkpoint chosen on the selection split (step " \
               f"{s['selected_step']}) is also the best on the report split ({pct(sel['pass@1'])})."
    return (f"Choosing {s['arm']}'s checkpoint (seed {s['seed']}) on the report split itself would report "
            f"{pct(best['pass@1'])} (step {best['step']}) instead of the honest {pct(sel['pass@1'])} (step "
            f"{s['selected_step']}), {pct(best['pass@1'] - sel['pass@1'], True)} of optimism.")


def learning(t: dict) -> str:
    ret = f"; {pct(t['retention'])} of the problems solved at some trained step are still solved at the last" \
        if t["retention"] is not None else ""
    return (f"{t['arm']} (seed {t['seed']}): {_plural(t['breakthroughs'], 'breakthrough')} and "
            f"{_plural(t['regressions'], 'regression')} on {_plural(t['problems_regressed'], 'problem')}, "
            f"stability {t['stability']:.2f}{ret}.")


def error_shift(errors: list[dict], arm: str, seed: int, step: int) -> str | None:
    rows = {r["step"]: r for r in errors if r["arm"] == arm and r["seed"] == seed}
    if step not in rows or 0 not in rows or step == 0:
        return None
    b, s = rows[0], rows[step]
    fails = ("syntax", "runtime", "algorithm", "logic")
    moved = max(fails, key=lambda c: abs(s[f"{c}_share"] - b[f"{c}_share"]))
    top = max(fails, key=lambda c: s[c])
    return (f"For {arm} (seed {seed}) the largest shift from the base model to step {step} is in {moved} errors, "
            f"{pct(b[f'{moved}_share'])} → {pct(s[f'{moved}_share'])} of samples; the most common failure at "
            f"step {step} is {top} ({pct(s[f'{top}_share'])}); "
            f"{_plural(s['partial_samples'], 'partially successful sample')}.")


def seeds(m: dict) -> str:
    sa, sb = m["a_pass1"], m["b_pass1"]
    floor = " (the smallest p possible with this many seeds, so the test cannot reject)" \
        if m["sign_flip_p"] <= m["sign_flip_min_p"] + 1e-12 and m["sign_flip_min_p"] >= 0.05 else ""
    return (f"Across {_plural(len(m['seeds']), 'seed')}, {m['a']} reaches {pct(sa['mean'])} ± {pct(sa['sd'])} and "
            f"{m['b']} {pct(sb['mean'])} ± {pct(sb['sd'])} report pass@1; sign-flip p = {m['sign_flip_p']:.3g}"
            f"{floor}; the pooled per-problem interval of the difference is {pct(m['pooled_difference_lo'], True)} "
            f"to {pct(m['pooled_difference_hi'], True)}.")


def quality(rows: list[dict]) -> str | None:
    trained = [q for q in rows if q["step"] > 0 and q["programs"]]
    if len(trained) < 2:
        return None
    parts = [f"{q['arm']} {q['lines_mean']:.1f} lines, complexity {q['complexity_mean']:.1f}, "
             f"{q['functions_mean']:.1f} functions ({q['programs']} programs)" for q in trained]
    return "Accepted programs at the selected checkpoints: " + "; ".join(parts) + "."


def findings(a: dict) -> list[str]:
    """All key-finding sentences for a loaded analysis."""
    s, out = a["summary"], []
    if not any(st > 0 for steps in s["steps"].values() for st in steps):
        out.append("Only the base model has been evaluated: there is no trained checkpoint to select or compare yet.")
    if not any(t["train"] or t["eval"] for t in a["training"]):
        out.append("No training metrics were found, so selection used benchmark scores and stability only.")
    arms = [c for c in a["comparison"] if c["kind"] == "arms"]
    for c in arms:
        out += arm_comparison(c)
    out += [base_comparison(c) for c in a["comparison"] if c["kind"] == "vs_base"]
    out += [m for m in (selection_bias(x) for x in a["selection"]) if m]
    out += [seeds(m) for m in a["seeds"]["comparisons"]]
    if any(st > 0 for steps in s["steps"].values() for st in steps):
        out += [learning(t) for t in a["events"]]
    out += [m for m in (error_shift(a["errors"], x["arm"], x["seed"], x["selected_step"])
                        for x in a["selection"] if x["selected_step"] is not None) if m]
    q = quality(a["code_quality"])
    if q:
        out.append(q)
    if s["split_sizes"]["report"] == 0:
        out.append("The benchmark has no report split: every score above was seen by selection and is optimistic.")
    return out
