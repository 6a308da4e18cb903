"""The report's figures: matplotlib (Agg) PNGs drawn from the ``analysis/`` records.

Each ``plot_*`` function takes already-loaded analysis JSON (lists/dicts), writes one PNG and
returns its path, or returns None when there is nothing to draw (e.g. no training metrics in
an eval-only run); the report then says so in words instead of showing an empty figure.
"""
from __future__ import annotations

from pathlib import Path

import matplotlib

matplotlib.use("Agg")  # files only: never needs a display
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
from matplotlib.colors import LinearSegmentedColormap  # noqa: E402

CLASS_COLORS = {"accepted": "#2e7d32", "logic": "#f9a825", "algorithm": "#ef6c00", "runtime": "#c62828",
                "syntax": "#6a1b9a"}
_STATUS_CMAP = LinearSegmentedColormap.from_list("status", ["#eeeeee", "#ffcc80", "#ef6c00", "#2e7d32"])
DPI = 90


def _save(fig, path: Path) -> Path:
    fig.tight_layout()
    fig.savefig(path, dpi=DPI)
    plt.close(fig)
    return path


def _run_label(arm: str, seed: int, multi_seed: bool) -> str:
    return f"{arm} seed {seed}" if multi_seed else arm


def _panels(n: int, width: float, height: float):
    """A grid of n panels, at most three a row (many seeds must not make a metre-wide figure)."""
    cols = min(3, n)
    rows = -(-n // cols)
    fig, axes = plt.subplots(rows, cols, figsize=(width * cols, height * rows), squeeze=False)
    flat = list(axes.flat)
    for ax in flat[n:]:
        ax.set_visible(False)
    return fig, flat[:n]


def plot_training(training: list[dict], selection: list[dict], path: Path) -> Path | None:
    """Train loss and the comparable held-out loss per run, learning rate; checkpoints and the selected step."""
    runs = [t for t in training if t["train"] or t.get("heldout")]
    if not runs:
        return None
    chosen = {(s["arm"], s["seed"]): s["selected_step"] for s in selection}
    multi = len({t["seed"] for t in training}) > 1
    fig, axes = _panels(len(runs), 5.2, 3.6)
    for ax, run in zip(axes, runs):
        if run["train"]:
            ax.plot([r["step"] for r in run["train"]], [r["loss"] for r in run["train"]], lw=1, label="train loss")
        held = run.get("heldout", [])
        if held:
            ax.plot([r["step"] for r in held], [r["ref_nll"] for r in held], "o-", ms=4, color="#2e7d32",
                    label="held-out loss (benchmark references)")
        ckpts = sorted({m["step"] for m in run["checkpoints"]})
        for i, s in enumerate(ckpts):
            ax.axvline(s, color="grey", ls=":", lw=0.8, label="checkpoint" if i == 0 else None)
        sel = chosen.get((run["arm"], run["seed"]))
        if sel:
            ax.axvline(sel, color="#c62828", lw=1.5, label=f"selected (step {sel})")
        lr = [(r["step"], r["learning_rate"]) for r in run["train"] if r.get("learning_rate") is not None]
        if lr:
            ax2 = ax.twinx()
            ax2.plot(*zip(*lr), color="#9e9e9e", ls="--", lw=1)
            ax2.set_ylabel("learning rate", color="#757575")
            ax2.ticklabel_format(axis="y", style="sci", scilimits=(0, 0))
        ax.set_title(_run_label(run["arm"], run["seed"], multi))
        ax.set_xlabel("step")
        ax.set_ylabel("loss (nats per answer token)")
        ax.legend(fontsize=7, loc="upper right")
    return _save(fig, path)


def plot_metric(steps: list[dict], selection: list[dict], path: Path, metric: str = "pass@1",
                label: str = "pass@1", interval: str = "95% Wilson intervals") -> Path | None:
    """A per-step metric with its intervals per arm, on the selection and report splits."""
    rows_with = [r for r in steps if r.get(metric) is not None and (metric.startswith("ref_") or r["problems"])]
    if not rows_with:
        return None
    chosen = {(s["arm"], s["seed"]): s["selected_step"] for s in selection}
    multi = len({r["seed"] for r in steps}) > 1
    splits = [s for s in ("selection", "report") if any(r["split"] == s for r in rows_with)] or ["all"]
    fig, axes = plt.subplots(1, len(splits), figsize=(5.5 * len(splits), 3.8), squeeze=False)
    runs = list(dict.fromkeys((r["arm"], r["seed"]) for r in rows_with))
    all_steps = [r["step"] for r in rows_with]
    dx = 0.012 * ((max(all_steps) - min(all_steps)) or 1)  # side-by-side runs: intervals must not overlap
    for ax, split in zip(axes[0], splits):
        for i, (arm, seed) in enumerate(runs):
            rows = sorted((r for r in rows_with if (r["arm"], r["seed"]) == (arm, seed) and r["split"] == split),
                          key=lambda r: r["step"])
            if not rows:
                continue
            x = np.array([r["step"] for r in rows], dtype=float) + (i - (len(runs) - 1) / 2) * dx
            y = np.array([r[metric] for r in rows])
            err = np.array([[r[metric] - r[f"{metric}_lo"] for r in rows], [r[f"{metric}_hi"] - r[metric] for r in rows]])
            line = ax.errorbar(x, y, yerr=err, marker="o", ms=4, capsize=3, lw=1.2,
                               label=_run_label(arm, seed, multi))
            sel = chosen.get((arm, seed))
            if sel is not None and sel in [r["step"] for r in rows]:
                j = [r["step"] for r in rows].index(sel)
                ax.plot([x[j]], [y[j]], marker="*", ms=16, color=line[0].get_color(), mec="black",
                        label=f"{_run_label(arm, seed, multi)} selected")
        ax.set_title(f"{split} split ({interval})")
        ax.set_xlabel("step (0 = base model)")
        ax.set_ylabel(label)
        if metric == "pass@1":
            ax.set_ylim(bottom=0)
        ax.legend(fontsize=7)
    return _save(fig, path)


def plot_heatmap(matrix: dict, splits: dict[str, str], path: Path) -> Path | None:
    """Problem × step heatmap of one run: failed / partial (share of tests) / solved."""
    if not matrix["status"]:
        return None
    status = np.array(matrix["status"])
    frac = np.array(matrix["test_fraction"], dtype=float)
    val = np.where(status == "S", 1.0, np.where(status == "P", 0.25 + 0.45 * frac, 0.0))
    val[status == "-"] = np.nan
    # Rows grouped by split, then by the step first solved: the learning order reads top-down.
    first = [next((i for i, s in enumerate(row) if s == "S"), len(row)) for row in status]
    order = sorted(range(len(status)), key=lambda i: (splits.get(matrix["problems"][i], "none"), first[i],
                                                      matrix["problems"][i]))
    val = val[order]
    height = min(14.0, 1.6 + 0.16 * len(order))
    fig, ax = plt.subplots(figsize=(1.6 + 0.5 * len(matrix["steps"]) + 2.5, height))
    im = ax.imshow(val, aspect="auto", interpolation="nearest", cmap=_STATUS_CMAP, vmin=0, vmax=1)
    ax.set_xticks(range(len(matrix["steps"])), [str(s) for s in matrix["steps"]], rotation=45, fontsize=7)
    ax.set_xlabel("step (0 = base model)")
    if len(order) <= 60:
        labels = [f"[{splits.get(matrix['problems'][i], 'none')[:3]}] {matrix['problems'][i]}" for i in order]
        ax.set_yticks(range(len(order)), labels, fontsize=6)
    else:
        ax.set_ylabel(f"{len(order)} problems (grouped by split, then first step solved)")
        ax.set_yticks([])
    cb = fig.colorbar(im, ax=ax, fraction=0.05)
    cb.set_ticks([0, 0.25, 0.7, 1.0], labels=["failed", "partial (few tests)", "partial (most tests)", "solved"])
    cb.ax.tick_params(labelsize=7)
    ax.set_title(f"{matrix['arm']} seed {matrix['seed']}: problem × step")
    return _save(fig, path)


def plot_errors(errors: list[dict], path: Path) -> Path | None:
    """Error classes per step (share of judged samples), one panel per run."""
    runs = list(dict.fromkeys((r["arm"], r["seed"]) for r in errors))
    if not runs:
        return None
    multi = len({s for _, s in runs}) > 1
    fig, axes = _panels(len(runs), 4.6, 3.6)
    for ax, (arm, seed) in zip(axes, runs):
        rows = sorted((r for r in errors if (r["arm"], r["seed"]) == (arm, seed)), key=lambda r: r["step"])
        x = np.arange(len(rows))
        bottom = np.zeros(len(rows))
        for cls, color in CLASS_COLORS.items():
            h = np.array([r[f"{cls}_share"] for r in rows])
            ax.bar(x, h, bottom=bottom, color=color, label=cls, width=0.8)
            bottom += h
        ax.set_xticks(x, [str(r["step"]) for r in rows], rotation=45, fontsize=7)
        ax.set_ylim(0, 1)
        ax.set_xlabel("step (0 = base model)")
        ax.set_ylabel("share of samples")
        ax.set_title(_run_label(arm, seed, multi))
    axes[-1].legend(fontsize=7, loc="center left", bbox_to_anchor=(1.0, 0.5))
    return _save(fig, path)
