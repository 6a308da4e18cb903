"""The ``codediv`` command line: one thin subcommand per stage.

Commands only parse arguments, configure logging, and call the stage's ``run_*`` function.
Errors a user can cause end in one sentence on stderr and exit status 2, not a traceback.
"""
from __future__ import annotations

import dataclasses
import json
import logging
import sys

import click

from .judge import IsolationUnavailable, JudgeConfig, run_judge
from .sandbox import Limits


class UserError(click.ClickException):
    """An error the user can fix; printed as one line."""

    exit_code = 2


def _setup_logging(verbose: bool) -> None:
    logging.basicConfig(level=logging.DEBUG if verbose else logging.INFO,
                        format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr)


@click.group()
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
    try:
        summary = run_judge(problems, solutions, out, cfg, progress=not as_json)
    except IsolationUnavailable as e:
        raise UserError(str(e)) from None
    if as_json:
        click.echo(json.dumps(summary, indent=2))
    else:
        v = " ".join(f"{k}={n}" for k, n in summary["verdicts"].items())
        click.echo(f"{summary['accepted']}/{summary['solutions']} accepted "
                   f"({summary['pass_rate']:.1%}); tests {summary['tests_passed']}/{summary['tests_total']}; {v}")
        click.echo(f"results: {out}")


if __name__ == "__main__":
    main()
