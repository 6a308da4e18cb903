"""Canonical problem JSONL (DESIGN.md's record, one object a line, optionally gzipped).

``path`` is a ``.jsonl``/``.jsonl.gz`` file or a folder of them (read in name order). Lines go
through :func:`codediv.records.load_problems`, so the records are exactly the canonical ones.
A bad line is skipped and counted under its reason without the position
(``not valid JSON``, ``missing field 'id'`` …); the full ``file:line: reason`` message is
logged as a warning and kept in the returned result's ``messages`` attribute. ``limit`` keeps
the first problems; every line is still validated and counted.
"""
from __future__ import annotations

import logging
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from ..records import LoadReport, load_problems
from . import SourceConfigError
from . import SourceResult, SourceUnavailable
from ._common import check_limit

log = logging.getLogger(__name__)

_POSITION = re.compile(r"^.*?:\d+: ")
_DETAIL = re.compile(r" \(.*\)$")


@dataclass
class JsonlResult(SourceResult):
    """A :class:`SourceResult` that also keeps each bad line's ``file:line: reason`` message."""

    messages: list[str] = field(default_factory=list)


def reason_of(message: str) -> str:
    """``file:line: not valid JSON (… at column 3)`` -> ``not valid JSON``."""
    return _DETAIL.sub("", _POSITION.sub("", message, count=1)).strip()


def _files(path: Path) -> list[Path]:
    if path.is_file():
        return [path]
    files = sorted(p for p in path.iterdir() if p.is_file() and p.name.endswith((".jsonl", ".jsonl.gz"))) \
        if path.is_dir() else []
    if not files:
        raise SourceUnavailable(f"{str(path)!r} is not a JSONL file or a folder holding .jsonl/.jsonl.gz files; "
                                f"set the jsonl source's `path` to one")
    return files


def _load(file: Path) -> LoadReport:
    try:
        return load_problems(file)
    except (OSError, EOFError, UnicodeDecodeError) as e:
        raise SourceUnavailable(f"cannot read {file}: {e}") from e


def load_jsonl(path: str | None = None, limit: int | None = None) -> JsonlResult:
    """Load canonical problems from ``path`` (a JSONL file or a folder of them)."""
    if not path:
        raise SourceConfigError("the jsonl source has no default location; set `path` to a JSONL file or folder")
    check_limit(limit)
    result = JsonlResult(problems=[], skipped=Counter(), filtered=Counter())
    seen: set[str] = set()
    for file in _files(Path(path).expanduser()):
        report = _load(file)
        for message in report.errors:
            log.warning("skipping %s", message)
            result.messages.append(message)
            result.skipped[reason_of(message)] += 1
        for problem in report.records:
            if problem.id in seen:
                result.messages.append(f"{file}: duplicate id {problem.id!r}")
                result.skipped["duplicate id"] += 1
                continue
            seen.add(problem.id)
            result.problems.append(problem)
    if limit is not None:
        del result.problems[limit:]
    return result
