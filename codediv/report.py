"""The report stage: ``<run>/analysis/`` -> ``<run>/report/{report.md, report.html, *.png}``.

``run_report(cfg, run_dir)`` reads only ``analysis/*.json`` (written by
:mod:`codediv.analyze`) and the resolved config, draws the figures (:mod:`codediv.figures`),
and writes the same document twice: Markdown with the PNGs beside it, and one
self-contained HTML file whose images are embedded as base64 data URIs (no external
resources, so it opens anywhere, offline). Key findings are sentences generated from the
numbers (:mod:`codediv.findings`); no conclusion is fixed text.
"""
from __future__ import annotations

import base64
import html
import json
import logging
from pathlib import Path

from .config import ExperimentConfig
from .figures import plot_errors, plot_heatmap, plot_metric, plot_training
from .findings import findings, fmt_metric, metric_name, pct
from .planning import plan_line
from .errors import CodedivError
from .rundir import RunDir

log = logging.getLogger(__name__)
FILES = ("summary", "steps", "matrix", "events", "errors", "selection", "comparison", "comparisons", "seeds",
         "code_quality", "results_table", "training", "problems")
EVENTS_SHOWN = 40  # longer lists are cut in the report; events.csv has them all


class ReportError(CodedivError):
    """The report cannot be built; the message says what to do."""


def load_analysis(folder: Path) -> dict:
    missing = [f for f in FILES if not (folder / f"{f}.json").exists()]
    if missing:
        raise ReportError(f"{folder} lacks {', '.join(m + '.json' for m in missing)}; run `codediv analyze` first")
    return {f: json.loads((folder / f"{f}.json").read_text()) for f in FILES}


# -- document blocks: ("h", level, text) ("p", text) ("ul", items) ("table", head, rows) ("img", file, caption)
def _table(head: list[str], rows: list[list]) -> tuple:
    return ("table", head, [[("" if v is None else str(v)) for v in r] for r in rows])


def _f(x, nd: int = 3) -> str:
    return "" if x is None else f"{x:.{nd}f}"


def section_primary(a: dict) -> list[tuple]:
    """The declared primary metric: each selected checkpoint against the base, the arms against each other."""
    metric = a["summary"].get("primary_metric", "pass@1")
    name = metric_name(metric)
    fams = a["comparisons"]["metrics"].get(metric, {})
    f = lambda x, signed=False: fmt_metric(metric, x, signed)  # noqa: E731
    head = ["comparison", "steps", "problems", "A", "B", "Δ (A−B) [95% CI]", "raw p", "Holm-adjusted p (family size)",
            "interval excludes 0"]
    rows = [[c["name"], f"{c['a_step']} / {c['b_step']}", c["problems"], f(c["mean_a"]), f(c["mean_b"]),
             f"{f(c['difference'], True)} [{f(c['difference_lo'], True)}, {f(c['difference_hi'], True)}]",
             f"{c['p']:.3g}", _holm(c["p"], c["p_holm"], c["family_size"]),
             "yes" if c["difference_lo"] > 0 or c["difference_hi"] < 0 else "no"]
            for fam in ("vs_base", "arms") for c in fams.get(fam, [])]
    out = [("h", 2, f"Primary metric: {name} (report split, selected checkpoints)"),
           ("p", f"Declared before the run (analysis.primary_metric = {metric}); every other metric below is "
                 f"secondary. The metric: {a['comparisons']['descriptions'].get(metric, '')}.")]
    out.append(_table(head, rows) if rows else ("p", "No pair of checkpoints has this metric on the report split."))
    if rows:
        how = ", ".join(sorted({c["interval"] for fam in fams.values() for c in fam}))
        out.append(("p", "Each arm's selected checkpoint against the base model (family vs_base), then the arms "
                         "against each other (family arms): mean paired difference per problem with its 95% "
                         f"interval ({how}), sign-flip permutation test, p-values Holm-adjusted within each "
                         "family."))
    return out


def section_training_seen(a: dict) -> list[tuple]:
    """What each run was trained on: examples, tokens, optimizer steps and epochs, planned and seen."""
    seen = a["summary"].get("training_seen") or {}
    if not seen:
        return []
    head = ["run", "train examples", "train tokens", "optimizer steps", "epochs (planned)", "epochs seen",
            "tokens seen"]
    rows = [[k, r["train_examples"], r["train_tokens"], r["steps"], r["planned_epochs"],
             _f(r["epochs_seen"], 2), r["tokens_seen"]] for k, r in seen.items()]
    return [_table(head, rows), ("p", "Every arm trains for the same optimizer steps with the same batch size; "
                                      "tokens are counted by the training loop (prompt and answer, padding excluded).")]


def section_results(a: dict) -> list[tuple]:
    head = ["model", "step", "seed", "pass@1 (report)", "95% CI", "solved (report)", "pass@1 (all*)", "solved (all*)"]
    rows = [[r["model"], r["step"], r["seed"], pct(r["report_pass@1"]),
             f"{pct(r['report_pass@1_lo'])}–{pct(r['report_pass@1_hi'])}",
             f"{r['report_solved']}/{r['report_problems']}",
             pct(r["all_pass@1"]), f"{r['all_solved']}/{r['all_problems']}"] for r in a["results_table"]]
    title = "Results at the selected checkpoints" + \
        ("" if a["summary"].get("primary_metric", "pass@1") == "pass@1" else " (pass@1: secondary)")
    return [("h", 2, title), _table(head, rows),
            ("p", "Report split: problems never used to choose a checkpoint (the honest estimate). *All problems "
                  "include the selection split the checkpoints were chosen on, so those columns are optimistic; "
                  "they are shown for comparison with the reference study's single-set table.")]


def _holm(p: float, adj: float, m: int) -> str:
    return f"{adj:.3g} (of {m})" if m > 1 else f"{adj:.3g} (alone)"


def section_comparison(a: dict) -> list[tuple]:
    out = [("h", 2, "Do the arms differ? (report split, selected checkpoints)")]
    head = ["A vs B", "seed", "steps", "both", "only A", "only B", "neither", "McNemar p (raw)",
            "Holm-adjusted p (family size)", "Δ pass@1 (A−B) [95% CI]", "min. detectable Δ", "verdict"]
    rows = []
    for c in a["comparison"]:
        t = c["table"]
        mdd = "none at this discordance" if c["min_detectable_difference"] is None else \
            f"{pct(c['min_detectable_difference'])} ({c['min_detectable_problems']} problems)"
        rows.append([f"{c['a']} vs {c['b']}", c["seed"], f"{c['a_step']} / {c['b_step']}", t["both"], t["only_a"],
                     t["only_b"], t["neither"], f"{c['mcnemar_p']:.3g}",
                     _holm(c["mcnemar_p"], c["mcnemar_p_holm"], c["family_size"]),
                     f"{pct(c['pass1_difference'], True)} [{pct(c['pass1_difference_lo'], True)}, "
                     f"{pct(c['pass1_difference_hi'], True)}]", mdd, c["verdict"]])
    if rows:
        out.append(_table(head, rows))
        p0 = a["comparison"][0]
        out.append(("p", "McNemar: exact two-sided binomial test on the problems the two checkpoints disagree on; "
                         "raw p-values are adjusted by Holm–Bonferroni within each family (all arm pairs over every "
                         "seed; all arms against the base model over every seed) and verdicts use the adjusted "
                         "value. Δ interval: MOVER-Wilson score interval of the paired difference (not adjusted). "
                         f"Minimum detectable Δ: the smallest difference in pass rate the exact test detects with "
                         f"{p0['power']:.0%} power at α = {p0['alpha']:g}, at the observed share of discordant "
                         "problems, by exact enumeration of its power."))
    else:
        out.append(("p", "No pair of checkpoints to compare."))
    for m in a["seeds"]["comparisons"]:
        sa, sb = m["a_pass1"], m["b_pass1"]
        out.append(("p", f"Across seeds {m['seeds']}: {m['a']} {pct(sa['mean'])} ± {pct(sa['sd'])}, {m['b']} "
                         f"{pct(sb['mean'])} ± {pct(sb['sd'])} (mean ± sd). Sign-flip permutation test over the "
                         f"per-seed differences: raw p = {m['sign_flip_p']:.3g}, Holm-adjusted over "
                         f"{m['family_size']} arm pair(s) {m['sign_flip_p_holm']:.3g} (smallest possible with "
                         f"{len(m['seeds'])} seeds: {m['sign_flip_min_p']:.3g}); {m['verdict']}. Interval of the "
                         f"seed-averaged per-problem difference: {pct(m['pooled_difference'], True)} "
                         f"[{pct(m['pooled_difference_lo'], True)}, {pct(m['pooled_difference_hi'], True)}]."))
    return out


def section_metrics(a: dict) -> list[tuple]:
    """Every per-problem metric comparison of comparisons.json, raw and Holm-adjusted p side by side."""
    comps = a["comparisons"]
    head = ["metric", "family", "comparison", "problems", "A", "B", "Δ (A−B) [95% CI]", "test", "raw p",
            "Holm-adjusted p (family size)", f"significant at {comps['alpha']:g} (adjusted)"]
    rows = []
    for metric, families in comps["metrics"].items():
        for family, items in families.items():
            f = lambda x, signed=False, m=metric: fmt_metric(m, x, signed)  # noqa: E731
            for c in items:
                rows.append([metric, family, c["name"], c["problems"], f(c["mean_a"]), f(c["mean_b"]),
                             f"{f(c['difference'], True)} [{f(c['difference_lo'], True)}, "
                             f"{f(c['difference_hi'], True)}]", c["test"], f"{c['p']:.3g}",
                             _holm(c["p"], c["p_holm"], c["family_size"]), "yes" if c["significant"] else "no"])
    out = [("h", 2, "Per-problem comparisons by metric (report split)")]
    if not rows:
        return out + [("p", "No pair of checkpoints to compare.")]
    desc = "; ".join(f"{k}: {v}" for k, v in comps["descriptions"].items())
    return out + [_table(head, rows),
                  ("p", f"Each row compares two checkpoints problem by problem ({desc}). Test: sign-flip permutation "
                        "test on the per-problem differences (exact when small or for 0/1 outcomes, where it equals "
                        "exact McNemar; otherwise Monte Carlo with the +1 correction). p-values are Holm-adjusted "
                        "within each metric's family; the intervals (unadjusted) are MOVER-Wilson score intervals for "
                        "bounded metrics and Student's t for the likelihood metrics.")]


def section_selection(a: dict, cfg: ExperimentConfig) -> list[tuple]:
    out = [("h", 2, "Checkpoint selection"),
           ("p", f"Policy {cfg.analysis.selection_policy}: chosen on the selection split only (its pass@1, the "
                 "held-out loss — bits per byte of its problems' reference solutions, the same text for every "
                 "arm — and stability); the report split is scored afterwards.")]
    metric = a["summary"].get("primary_metric", "pass@1")
    head = ["run", "selected step", "selection pass@1", "held-out loss (bits/byte)", "stability",
            f"report {metric}", "best-on-report step (optimistically biased)", f"its report {metric}"]
    rows = []
    for s in a["selection"]:
        cand = next((c for c in s["candidates"] if c["step"] == s["selected_step"]), {})
        best = s.get("best_on_report", {})
        rows.append([f"{s['arm']} seed {s['seed']}", s["selected_step"], pct(cand.get("pass1")),
                     _f(cand.get("loss")), _f(cand.get("stability")),
                     fmt_metric(metric, s.get("report", {}).get(metric)), best.get("step"),
                     fmt_metric(metric, best.get(metric))])
    out.append(_table(head, rows))
    out.append(("ul", [f"{s['arm']} seed {s['seed']}: " + "; ".join(s["reasons"]) for s in a["selection"]]))
    return out


def section_events(a: dict) -> list[tuple]:
    out = [("h", 2, "Learning events"),
           _table(["run", "breakthroughs", "regressions", "problems regressed", "flips", "stability", "retention"],
                  [[f"{t['arm']} seed {t['seed']}", t["breakthroughs"], t["regressions"], t["problems_regressed"],
                    t["flips"], _f(t["stability"]), pct(t["retention"])] for t in a["events"]]),
           ("p", "Breakthrough: failed at two or more evaluated steps in a row, then solved at every later step. "
                 "Regression: solved at one step, failed at the next (forgetting). Stability: share of consecutive "
                 "step pairs where a problem keeps its status. Retention: share of problems solved at some trained "
                 "step that are still solved at the last.")]
    for kind in ("breakthroughs", "regressions"):
        items = []
        for t in a["events"]:
            for p in t["problems"]:
                if kind == "breakthroughs" and p["breakthrough"] is not None:
                    items.append(f"{t['arm']} seed {t['seed']}: {p['title']} ({p['problem_id']}, {p['split']}) "
                                 f"solved from step {p['breakthrough']} on")
                elif kind == "regressions":
                    items += [f"{t['arm']} seed {t['seed']}: {p['title']} ({p['problem_id']}, {p['split']}) solved "
                              f"at step {r['solved_at']}, lost at step {r['lost_at']}" for r in p["regressions"]]
        out.append(("h", 3, f"{kind.title()} ({len(items)})"))
        more = [f"… and {len(items) - EVENTS_SHOWN} more (analysis/events.csv)"] if len(items) > EVENTS_SHOWN else []
        out.append(("ul", items[:EVENTS_SHOWN] + more) if items else ("p", f"No {kind}."))
    return out


def section_quality(a: dict) -> list[tuple]:
    rows = [[q["arm"], q["seed"], q["step"], q["programs"], _f(q["lines_mean"], 1), _f(q["complexity_mean"], 2),
             _f(q["functions_mean"], 2), pct(q["with_functions_share"])] for q in a["code_quality"]]
    return [("h", 2, "Accepted programs"),
            _table(["run", "seed", "step", "programs", "lines", "cyclomatic complexity", "functions",
                    "with a function"], rows) if rows else ("p", "No accepted programs."),
            ("p", "One accepted program per problem (lowest sample id); means over programs. Lines exclude blank "
                  "and comment-only lines.")]


def section_setup(a: dict) -> list[tuple]:
    s = a["summary"]
    sz = s["split_sizes"]
    out = [("p", f"Model {s['model']}; arms {', '.join(s['arms']) or 'none'}; seeds "
                 f"{', '.join(f'{k}: {v}' for k, v in s['seeds'].items())}; benchmark {sz['all']} problems "
                 f"({sz['selection']} selection, {sz['report']} report); {s['samples_per_problem']} sample(s) per "
                 f"problem; pass@k for k in {s['pass_k']}."),
           ("p", "Power of this design for pass@1: "
                 + plan_line(s["plan"]).removeprefix("plan: ").rstrip(".")
                 + " (analysis.discordance is assumed; the measured discordance of each comparison is below).")]
    if s["data_arms"]:
        names = list(s["data_arms"])
        keys = ["k", "problems", "examples", "tokens", "mean_diversity"]
        out.append(_table(["data"] + names, [[k] + [s["data_arms"][n].get(k) for n in names] for k in keys]))
    refs = s.get("reference_problems") or {}
    if refs:
        out.append(("p", f"Likelihood pass: {refs.get('all', 0)} of {sz['all']} benchmark problems have a verified "
                         f"reference solution ({refs.get('selection', 0)} selection, {refs.get('report', 0)} report); "
                         "the others are counted and skipped by the likelihood metrics."))
    return out + section_training_seen(a)


def build_document(a: dict, cfg: ExperimentConfig, out: Path) -> list[tuple]:
    """The report as blocks; figures are drawn into ``out`` as a side effect."""
    s = a["summary"]
    doc = [("h", 1, f"codediv report: {s['experiment']}"), *section_setup(a),
           ("h", 2, "Key findings"), ("ul", findings(a))]
    if s.get("primary_metric", "pass@1") != "pass@1":
        doc += section_primary(a)
    doc += section_results(a) + section_comparison(a) + section_metrics(a) + section_selection(a, cfg)
    doc.append(("h", 2, "Training"))
    fig = plot_training(a["training"], a["selection"], out / "training.png")
    doc.append(("img", fig.name, "Train loss and the held-out loss (NLL per answer token of the selection "
                "problems' reference solutions: the same text for every arm and the base model, so comparable "
                "across arms), learning rate (dashed, right axis), checkpoints (dotted) and the selected step "
                "(red).") if fig else
               ("p", "No training metrics were found (an eval-only run), so no loss curves are shown."))
    fig = plot_metric(a["steps"], a["selection"], out / "ref_bpb.png", "ref_bpb", "reference bits per byte",
                      "95% t intervals")
    if fig:
        doc += [("h", 2, "Reference likelihood per checkpoint"),
                ("img", fig.name, "Bits per byte of the benchmark's verified reference solutions given the "
                 "evaluation prompt (lower is better), per step with 95% t intervals over problems; stars mark the "
                 "selected steps.")]
    doc.append(("h", 2, "pass@1 per checkpoint"))
    fig = plot_metric(a["steps"], a["selection"], out / "pass_at_1.png")
    if fig:
        doc.append(("img", fig.name, "pass@1 per step with 95% Wilson intervals; stars mark the selected steps."))
    doc += section_events(a)
    splits = {p["problem_id"]: p["split"] for p in a["problems"]}
    for m in a["matrix"]:
        fig = plot_heatmap(m, splits, out / f"heatmap_{m['arm']}_seed{m['seed']}.png")
        if fig:
            doc.append(("img", fig.name, f"Problem × step, {m['arm']} seed {m['seed']}: grey failed, orange "
                        "partial (darker = more tests passed), green solved."))
    doc.append(("h", 2, "Error types"))
    fig = plot_errors(a["errors"], out / "errors.png")
    if fig:
        doc.append(("img", fig.name, "Error class per step (share of judged samples). syntax: CE/NOCODE; runtime: "
                    "RE; algorithm: TLE/MLE/OLE or wrong on every test; logic: right on some tests, wrong on others."))
    doc += section_quality(a)
    if s["warnings"]:
        doc += [("h", 2, "Warnings"), ("ul", s["warnings"])]
    doc += [("h", 2, "Provenance"), ("p", f"config {s['config_hash']}; inputs " +
                                     ", ".join(f"{k} {v}" for k, v in s["inputs"].items()))]
    return doc


def render_markdown(doc: list[tuple]) -> str:
    lines = []
    for block in doc:
        kind = block[0]
        if kind == "h":
            lines += ["#" * block[1] + " " + block[2], ""]
        elif kind == "p":
            lines += [block[1], ""]
        elif kind == "ul":
            lines += [f"- {item}" for item in block[1]] + [""]
        elif kind == "table":
            cell = lambda v: str(v).replace("|", "\\|")  # noqa: E731
            lines += ["| " + " | ".join(map(cell, block[1])) + " |", "|" + "---|" * len(block[1])]
            lines += ["| " + " | ".join(map(cell, r)) + " |" for r in block[2]] + [""]
        elif kind == "img":
            lines += [f"![{block[2]}]({block[1]})", "", f"*{block[2]}*", ""]
    return "\n".join(lines)


_CSS = ("body{font-family:system-ui,sans-serif;max-width:1100px;margin:2em auto;padding:0 1em;color:#222}"
        "table{border-collapse:collapse;margin:1em 0;font-size:.9em}td,th{border:1px solid #ccc;padding:.3em .6em}"
        "th{background:#f3f3f3}img{max-width:100%}figcaption{font-size:.85em;color:#555}")


def render_html(doc: list[tuple], folder: Path) -> str:
    e = html.escape
    parts = ["<!DOCTYPE html><html><head><meta charset='utf-8'><title>" + e(doc[0][2]) + "</title>"
             f"<style>{_CSS}</style></head><body>"]
    for block in doc:
        kind = block[0]
        if kind == "h":
            parts.append(f"<h{block[1]}>{e(block[2])}</h{block[1]}>")
        elif kind == "p":
            parts.append(f"<p>{e(block[1])}</p>")
        elif kind == "ul":
            parts.append("<ul>" + "".join(f"<li>{e(i)}</li>" for i in block[1]) + "</ul>")
        elif kind == "table":
            head = "".join(f"<th>{e(h)}</th>" for h in block[1])
            body = "".join("<tr>" + "".join(f"<td>{e(v)}</td>" for v in r) + "</tr>" for r in block[2])
            parts.append(f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>")
        elif kind == "img":
            data = base64.b64encode((folder / block[1]).read_bytes()).decode()
            parts.append(f"<figure><img src='data:image/png;base64,{data}' alt='{e(block[2], quote=True)}' "
                         f"data-file='{e(block[1], quote=True)}'><figcaption>{e(block[2])}</figcaption></figure>")
    parts.append("</body></html>")
    return "\n".join(parts)


def run_report(cfg: ExperimentConfig, run_dir: str | Path) -> Path:
    """Write report/report.md, report/report.html and the PNGs; returns report.md's path."""
    run = RunDir(run_dir)
    a = load_analysis(run.analysis)
    out = run.report
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("*.png"):  # figures of a previous report must not linger unreferenced
        old.unlink()
    doc = build_document(a, cfg, out)
    (out / "report.md").write_text(render_markdown(doc))
    (out / "report.html").write_text(render_html(doc, out))
    log.info("report written to %s", out)
    return out / "report.md"
