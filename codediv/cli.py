"""The ``codediv`` command line: one thin subcommand per stage.

Commands only parse arguments, configure logging, and call the stage's ``run_*`` function.
Errors a user can cause end in one sentence on stderr and exit status 2, not a traceback.
"""
from __future__ import annotations

import dataclasses
import json
import logging
import sys

from pathlib import Path

import click

from .config import ExperimentConfig, load_config
from .errors import CodedivError
from .judge import JudgeConfig, run_judge
from .rundir import BASE, RunDir
from .sandbox import Limits
from .store import Store


class UserError(click.ClickException):
    """An error the user can fix; printed as one line."""

    exit_code = 2


def _setup_logging(verbose: bool) -> None:
    logging.basicConfig(level=logging.DEBUG if verbose else logging.INFO,
                        format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr)


class _Group(click.Group):
    """Turns any error a user can fix (:class:`codediv.errors.CodedivError`) into one line, exit 2."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except CodedivError as e:
            raise UserError(str(e)) from None


@click.group(cls=_Group)
@click.option("-v", "--verbose", is_flag=True, help="Debug logging.")
def main(verbose: bool) -> None:
    """codediv: which training data makes a code model better?"""
    _setup_logging(verbose)


@main.command()
@click.argument("problems", type=click.Path(dir_okay=False))
@click.argument("solutions", type=click.Path(dir_okay=False))
@click.option("--out", required=True, type=click.Path(dir_okay=False), help="Results JSONL to write.")
@click.option("--mode", type=click.Choice(["strict", "lcb"]), default="strict", show_default=True,
              help="Output comparison (see codediv.compare).")
@click.option("--workers", type=int, default=0, show_default=True, help="Parallel sandboxes; 0 = all cores.")
@click.option("--time-limit", type=float, default=Limits.time_s, show_default=True, help="Seconds per test.")
@click.option("--memory-limit", type=int, default=Limits.memory_mb, show_default=True, help="MiB per process.")
@click.option("--no-cache", is_flag=True, help="Ignore and do not fill the verdict cache.")
@click.option("--require-isolation", is_flag=True, help="Fail unless full isolation is in force.")
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON on stdout.")
def judge(problems, solutions, out, mode, workers, time_limit, memory_limit, no_cache, require_isolation, as_json):
    """Judge SOLUTIONS (JSONL of problem_id, sample_id, code) against PROBLEMS (canonical JSONL)."""
    for p in (problems, solutions):
        if not __import__("os").path.exists(p):
            raise UserError(f"{p} does not exist; pass the path of a JSONL file.")
    limits = dataclasses.replace(Limits(), time_s=time_limit, memory_mb=memory_limit)
    cfg = JudgeConfig(mode=mode, workers=workers, limits=limits, cache=not no_cache,
                      require_isolation=require_isolation)
    summary = run_judge(problems, solutions, out, cfg, progress=not as_json)
    if as_json:
        click.echo(json.dumps(summary, indent=2))
    else:
        v = " ".join(f"{k}={n}" for k, n in summary["verdicts"].items())
        click.echo(f"{summary['accepted']}/{summary['solutions']} accepted "
                   f"({summary['pass_rate']:.1%}); tests {summary['tests_passed']}/{summary['tests_total']}; {v}")
        click.echo(f"results: {out}")


def _experiment(config: str | None, overrides: tuple[str, ...], run_dir: str | None) -> tuple[ExperimentConfig, Path]:
    if config is not None and "=" in config:  # no config file given: the first word is an override
        config, overrides = None, (config, *overrides)
    cfg = load_config(config, list(overrides))
    return cfg, Path(run_dir) if run_dir else Path("runs") / cfg.name


def _scores_table(run_dir: Path) -> str:
    """Per evaluated checkpoint: pass@1 over every judged sample and the problems solved."""
    with Store(RunDir(run_dir).store) as st:
        rows = st.checkpoint_scores()
    lines = [f"{'model':<28}{'pass@1':>8}{'solved':>10}"]
    for r in rows:
        name = BASE if r["arm"] == BASE else f"{r['arm']} seed{r['seed']} step {r['step']}"
        lines.append(f"{name:<28}{r['accepted'] / max(1, r['judged']):>8.1%}{r['solved']:>6}/{r['problems']:<3}")
    return "\n".join(lines)


_config_arg = click.argument("config", required=False, type=click.Path(dir_okay=False))
_overrides_arg = click.argument("overrides", nargs=-1)
_run_dir_opt = click.option("--run-dir", type=click.Path(file_okay=False), help="Run folder (default runs/<name>).")


@main.group()
def data() -> None:
    """Build and inspect the training arms."""


@data.command("build")
@_config_arg
@_overrides_arg
@_run_dir_opt
def data_build(config, overrides, run_dir):
    """Build data/<arm>/{train,val,test}.jsonl and data/manifest.json from CONFIG [key=value ...]."""
    from .dataset import format_stats, run_data
    cfg, rd = _experiment(config, overrides, run_dir)
    RunDir(rd).write_config(cfg)
    manifest = run_data(cfg, rd)
    click.echo(format_stats(json.loads(manifest.read_text())))
    click.echo(f"manifest: {manifest}")


@data.command("stats")
@click.option("--run-dir", required=True, type=click.Path(file_okay=False), help="Run folder with data/manifest.json.")
@click.option("--json", "as_json", is_flag=True, help="Print the manifest's arm statistics as JSON.")
def data_stats(run_dir, as_json):
    """Print the arms side by side, the per-source verification and the data stage's warning."""
    from .dataset import format_stats
    run = RunDir(run_dir)
    manifest = json.loads(run.require(run.manifest, "codediv data build").read_text())
    if as_json:
        click.echo(json.dumps(manifest["arms"], indent=2))
        return
    click.echo(format_stats(manifest))
    if manifest.get("warning"):  # the data stage's one-sentence warning about lost reference data
        click.echo(f"\nwarning: {manifest['warning']}")


def _csv_list(value: str | None, cast=str) -> list | None:
    return [cast(v) for v in value.split(",") if v] if value else None


@main.command()
@_config_arg
@_overrides_arg
@_run_dir_opt
@click.option("--arms", help="Comma-separated arms to train (default: all).")
@click.option("--seeds", help="Comma-separated seeds (default: train.seeds).")
@click.option("--resume", is_flag=True, help="Continue from the last complete checkpoint.")
def train(config, overrides, run_dir, arms, seeds, resume):
    """LoRA-tune the base model on each arm; checkpoints under train/<arm>/seed<k>/."""
    from .train import run_train
    cfg, rd = _experiment(config, overrides, run_dir)
    RunDir(rd).write_config(cfg)
    out = run_train(cfg, rd, _csv_list(arms), _csv_list(seeds, int), resume)
    click.echo(f"checkpoints: {out}")


@main.command("eval")
@_config_arg
@_overrides_arg
@_run_dir_opt
@click.option("--arms", help="Comma-separated arms (default: all).")
@click.option("--steps", help="Comma-separated steps (0 = base model; default: all checkpoints).")
@click.option("--problems", help="Comma-separated benchmark problem ids (default: all).")
@click.option("--json", "as_json", is_flag=True, help="Print the per-checkpoint scores as JSON.")
def eval_(config, overrides, run_dir, arms, steps, problems, as_json):
    """Generate from every checkpoint, judge, and store rows in results.sqlite."""
    from .evaluate import run_eval
    cfg, rd = _experiment(config, overrides, run_dir)
    stats = run_eval(cfg, rd, _csv_list(arms), _csv_list(steps, int), _csv_list(problems), progress=not as_json)
    if as_json:
        with Store(RunDir(rd).store) as st:
            click.echo(json.dumps({"stats": stats, "scores": st.checkpoint_scores()}, indent=2))
    else:
        click.echo(_scores_table(rd))
        click.echo(f"results: {RunDir(rd).store} ({stats['generations']} generations, "
                   f"{stats['judgments']} judgments; generation {stats['generation_s']} s, "
                   f"extra wait for judging {stats['judge_wait_s']} s)")


@main.command()
@_config_arg
@_overrides_arg
@_run_dir_opt
def analyze(config, overrides, run_dir):
    """Analyse results.sqlite + training metrics into analysis/."""
    from .analyze import run_analyze
    cfg, rd = _experiment(config, overrides, run_dir)
    out = run_analyze(cfg, rd)
    click.echo(f"analysis: {out}")


@main.command()
@_config_arg
@_overrides_arg
@_run_dir_opt
def report(config, overrides, run_dir):
    """Write report/report.md and report/report.html from analysis/."""
    from .report import run_report
    cfg, rd = _experiment(config, overrides, run_dir)
    out = run_report(cfg, rd)
    click.echo(f"report: {out}")


@main.command("plan")
@_config_arg
@_overrides_arg
@_run_dir_opt
@click.option("--problems", type=click.IntRange(min=1), help="Report-split problems (default: counted in the run "
              "folder's data/benchmark.jsonl, else in the configured benchmark).")
@click.option("--discordance", type=click.FloatRange(0, 1, min_open=True),
              help="Assumed share of problems two checkpoints disagree on (default: analysis.discordance).")
@click.option("--delta", type=click.FloatRange(0, 1, min_open=True),
              help="pass@1 difference to detect (default: analysis.min_effect).")
@click.option("--json", "as_json", is_flag=True, help="Print the plan as JSON.")
def plan_cmd(config, overrides, run_dir, problems, discordance, delta, as_json):
    """Before a run: the pass@1 difference the report split can detect, and the problems a difference needs."""
    from .planning import plan, plan_line, report_problems
    cfg, rd = _experiment(config, overrides, run_dir)
    a = cfg.analysis
    n, source = (problems, "--problems") if problems is not None else report_problems(cfg, rd)
    p = plan(n, a.discordance if discordance is None else discordance, a.min_effect if delta is None else delta,
             a.alpha, a.power)
    click.echo(json.dumps({**p, "problems_from": source}, indent=2) if as_json else plan_line(p))


@main.command()
@_config_arg
@_overrides_arg
@_run_dir_opt
def run(config, overrides, run_dir):
    """Run the whole experiment: data -> train -> eval -> analyze -> report (resumable)."""
    from .pipeline import run_all
    cfg, rd = _experiment(config, overrides, run_dir)
    out = run_all(cfg, rd)
    click.echo(_scores_table(rd))
    click.echo("stage seconds: " + ", ".join(f"{k} {v}" for k, v in out["seconds"].items())
               + f"; total {out['total_s']} s")
    click.echo(f"report: {out['report']}")


@main.command()
@_config_arg
@_overrides_arg
@_run_dir_opt
@click.option("--upload", is_flag=True, help="Also upload each folder to the Hub (default: write the folders only).")
@click.option("--repo-prefix", help="Hub repo prefix for uploads, e.g. your-name/codediv-.")
def publish(config, overrides, run_dir, upload, repo_prefix):
    """Write publish/<arm>-seed<k>/: each arm's selected adapter with a model card (--upload: to the Hub too)."""
    from .publish import run_publish
    cfg, rd = _experiment(config, overrides, run_dir)
    folders = run_publish(cfg, rd, upload=upload, repo_prefix=repo_prefix)
    for f in folders:
        click.echo(f"{'uploaded' if upload else 'prepared'}: {f}")


@main.command()
@click.option("--run-dir", required=True, type=click.Path(file_okay=False), help="Run folder with results.sqlite.")
@click.option("--out", required=True, type=click.Path(dir_okay=False), help="File to write: .jsonl, .csv or .parquet.")
def export(run_dir, out):
    """Export results.sqlite (generations joined with judgments)."""
    from .store import export as do_export
    run = RunDir(run_dir)
    click.echo(f"wrote {do_export(run.require(run.store, 'codediv eval'), out)}")


if __name__ == "__main__":
    main()
