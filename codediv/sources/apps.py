"""APPS (``codeparrot/apps``, 10,000 problems), from the hub's JSONL or the original folder layout.

Two layouts, one mapping:

* rows (``train.jsonl`` / ``test.jsonl`` on the hub, or parquet/JSONL files of the same rows):
  ``problem_id`` (int), ``question``, ``solutions`` (JSON list), ``starter_code``,
  ``input_output`` (JSON), ``difficulty``, ``url``;
* the raw release: a folder with one sub-folder per problem (``0001/`` …) holding
  ``question.txt``, ``input_output.json``, ``solutions.json``, ``metadata.json``
  (``{"difficulty", "url"}``) and optionally ``starter_code.py``; a folder holding
  ``train/`` and ``test/`` is read at ``<folder>/<split>``.

Mapping: ``id`` = ``apps/<split>-<problem id, 4 digits>`` (train and test both number their
problems from 0); ``question`` -> ``statement``; tests, style, entry point and solutions through
the shared APPS encoding (:mod:`._apps_format`); ``difficulty`` introductory/interview/competition
-> easy/medium/hard (the ``difficulties`` filter accepts either scale); ``url`` -> ``platform``,
``contest_id`` (Codeforces/AtCoder) and ``title`` (its slug, e.g. ``1036/B``). Graded by APPS's
own comparison (checker ``apps``) and run as its harness runs programs (``harness="apps"``: the
import prelude of hendrycks/apps ``eval/testing_util.py`` before every program, a top-level
``return`` ending a stdin program; :mod:`codediv.harness`). Limits are that harness's: a
``timeout = 4`` seconds per test and no memory limit (``time_limit_s`` 4.0, ``memory_limit_mb``
None: the judge's default is the only cap); APPS rows state no contest limits.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Iterable

from ..records import Checker, Problem
from . import SourceConfigError
from . import SourceResult
from ._apps_format import contest_from_url, platform_from_url, solutions_from, tests_from_io, title_from_url
from ._common import DIFFICULTIES, Filtered, Skip, choices, collect, text
from .hub import read_rows, resolve_files

DEFAULT_HUB_ID = "codeparrot/apps"
SPLITS = ("train", "test")
DIFFICULTY_MAP = {"introductory": "easy", "interview": "medium", "competition": "hard"}
HARNESS_TIME_LIMIT_S = 4.0  # eval/testing_util.py: timeout = 4 (seconds per test); no memory limit


def _problem_number(row: dict[str, Any]) -> str:
    value = row.get("problem_id")
    if isinstance(value, str) and value.strip().isdigit():
        value = int(value)
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise Skip("missing field problem_id")
    return f"{value:04d}"


def _difficulty(row: dict[str, Any], wanted: frozenset[str] | None) -> str | None:
    raw = text(row, "difficulty", required=False).strip().lower()
    mapped = DIFFICULTY_MAP.get(raw)
    if wanted is not None and mapped not in wanted and raw not in wanted:
        raise Filtered("difficulty")
    return mapped


def problem_from_row(row: dict[str, Any], split: str = "train",
                     difficulties: frozenset[str] | None = None) -> Problem:
    """Map one APPS row (hub schema) to a Problem; raises Skip/Filtered."""
    pid = f"{split}-{_problem_number(row)}"
    difficulty = _difficulty(row, difficulties)
    statement = text(row, "question")
    style, entry_point, tests = tests_from_io(row.get("input_output"))
    url = text(row, "url", required=False)
    return Problem(
        id=f"apps/{pid}", source="apps", title=title_from_url(url) or pid, statement=statement,
        style=style, tests=tests, entry_point=entry_point,
        starter_code=text(row, "starter_code", required=False),
        checker=Checker("apps"), harness="apps", time_limit_s=HARNESS_TIME_LIMIT_S,
        solutions=solutions_from(row.get("solutions")), difficulty=difficulty,
        platform=platform_from_url(url), contest_id=contest_from_url(url))


def _read_text(path: Path) -> str | None:
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError):
        raise Skip(f"unreadable {path.name}") from None


def raw_row(folder: Path) -> dict[str, Any]:
    """One raw APPS problem folder as a hub-schema row (missing files become None)."""
    try:
        meta = json.loads(_read_text(folder / "metadata.json") or "{}")
    except json.JSONDecodeError:
        meta = None
    meta = meta if isinstance(meta, dict) else {}
    return {"problem_id": folder.name, "question": _read_text(folder / "question.txt"),
            "input_output": _read_text(folder / "input_output.json"),
            "solutions": _read_text(folder / "solutions.json"),
            "starter_code": _read_text(folder / "starter_code.py"),
            "difficulty": meta.get("difficulty"), "url": meta.get("url")}


def _is_raw_layout(folder: Path) -> bool:
    return any((child / "question.txt").is_file() for child in folder.iterdir() if child.is_dir())


def _problem_folders(folder: Path) -> list[Path]:
    children = [c for c in folder.iterdir() if c.is_dir() and c.name.isdigit()]
    return sorted(children, key=lambda c: int(c.name))


def _records(path: str | None, split: str, revision: str | None) -> Iterable[dict[str, Any] | Path]:
    """Hub-schema rows, or (raw layout) problem folders, read one by one while mapping."""
    local = Path(path).expanduser() if path else None
    if local is not None and local.is_dir():
        for folder in (local / split, local):
            if folder.is_dir() and _is_raw_layout(folder):
                return _problem_folders(folder)
    patterns = [f"{split}.jsonl", f"{split}.jsonl.gz", f"*{split}-*.parquet", f"*{split}-*.jsonl"]
    return read_rows(resolve_files(path or DEFAULT_HUB_ID, patterns, revision))


def load_apps(path: str | None = None, split: str = "train", difficulties: list[str] | None = None,
              limit: int | None = None, revision: str | None = None) -> SourceResult:
    """Load APPS's ``split`` from ``path`` (raw folder, file, folder or hub id; None = the hub)."""
    if split not in SPLITS:
        raise SourceConfigError(f"unknown APPS split {split!r}; use one of {', '.join(SPLITS)}")
    wanted = choices(difficulties, "APPS difficulty", [*DIFFICULTIES, *DIFFICULTY_MAP])

    def to_problem(record: dict[str, Any] | Path) -> Problem:
        row = raw_row(record) if isinstance(record, Path) else record
        return problem_from_row(row, split, wanted)

    return collect(_records(path, split, revision), to_problem, limit)
