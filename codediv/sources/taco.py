"""TACO (``BAAI/TACO``): 26,443 competitive-programming problems in the APPS format.

Reads the dataset's parquet files (``ALL/train-*.parquet`` / ``ALL/test-*.parquet``, or
``data/…``, or a folder or file holding them). All fields are strings. Mapping:

* ``id``: ``taco/<split>-<row>``, the row's 0-based position in the split (TACO has no ids of
  its own; the row position is how the TACO paper numbers problems), 5 digits.
* ``question`` -> ``statement``; ``name`` -> ``title`` (else the URL's slug, else the id);
  ``starter_code`` as is.
* ``input_output`` and ``solutions``: the shared APPS encoding (:mod:`._apps_format`), which
  decides ``style`` (``call`` with ``entry_point = fn_name``, else ``stdin``) and the tests;
  graded by TACO's own comparison (checker ``apps``) and run as TACO's harness runs them
  (``harness="apps"``: its import prelude before every program, a top-level ``return`` ending a
  stdin program; :mod:`codediv.harness`), GeeksforGeeks rows included.
* GeeksforGeeks rows (no ``fn_name``, a starter that defines the method to write, inputs such
  as ``n = 5\\narr[] = {1,2}``) become ``call`` problems with the ``gfg`` checker when their
  inputs parse unambiguously, else they are skipped under a ``GeeksforGeeks row: …`` reason
  (:mod:`._gfg`); they are never stdin problems.
* Special judge: TACO lists the test-split rows whose answers are not unique (a special judge
  decides; :mod:`._taco_special_judge`). No output comparison can grade those, so they are
  skipped as "needs a special judge" (``special_judge="keep"`` keeps them;
  ``special_judge_list`` reads another copy of TACO's ``output_spj.jsonl``, whose ``idx`` are
  row positions of the split being loaded). The train split has no such list: problems there
  whose reference solutions print other valid answers are rejected by verification, which
  counts them per source.
* ``difficulty``: EASY -> easy, MEDIUM and MEDIUM_HARD -> medium, HARD and VERY_HARD -> hard,
  UNKNOWN_DIFFICULTY -> None. The ``difficulties`` filter accepts either scale.
* ``source`` -> ``platform`` (lower-case; else from the URL); ``url`` -> ``contest_id`` for
  Codeforces/AtCoder; ``date`` -> ``date`` when it starts with an ISO date.
* Limits are those TACO's grader applies (``limits="harness"``, the default): FlagOpen/TACO
  ``metrics/testing_util.py`` gives every test ``TIMEOUT = 4`` seconds and Python programs no
  memory limit, so ``time_limit_s`` is 4.0 and ``memory_limit_mb`` None (the judge's default,
  ``judge.memory_limit_mb``, is then the only cap). The contest's ``time_limit`` ("1 second",
  "2.5 seconds", "1000 ms") and ``memory_limit`` ("256 megabytes", "64 MB") are set for C++
  and would drop correct Python solutions; they are kept as tags ``contest-time-limit:1s`` and
  ``contest-memory-limit:256MB``, and ``limits="contest"`` makes them the problem's limits.
* ``tags``, ``skill_types``, ``raw_tags`` (Python or JSON list literals) -> ``tags``, merged
  without repeats; ``picture_num`` > 0 adds ``has-picture`` (the statement lost an image).

Metadata that cannot be parsed (limits, date, tags) is left empty and logged at debug level;
an unusable statement, tests or solutions skip the record under a counted reason.
"""
from __future__ import annotations

import ast
import json
import logging
import re
from itertools import count
from pathlib import Path
from typing import Any

from ..records import Checker, Problem, Test
from . import SourceConfigError
from . import SourceResult, SourceUnavailable
from ._apps_format import (contest_from_url, parse_io, platform_from_url, solutions_from, tests_from_io,
                           title_from_url)
from ._common import (DIFFICULTIES, Filtered, Skip, check_limits_option, choices, collect, contest_limit_tags,
                      iso_date, text)
from ._gfg import gfg_problem_parts, is_gfg_row
from ._taco_special_judge import TEST_SPLIT as SPECIAL_JUDGE_TEST_ROWS
from .hub import read_rows, resolve_files

log = logging.getLogger(__name__)

DEFAULT_HUB_ID = "BAAI/TACO"
SPLITS = ("train", "test")
DIFFICULTY_MAP = {"EASY": "easy", "MEDIUM": "medium", "MEDIUM_HARD": "medium", "HARD": "hard",
                  "VERY_HARD": "hard", "UNKNOWN_DIFFICULTY": None}
_SECONDS = re.compile(r"([\d.]+)\s*(ms|millisecond|milliseconds|s|sec|secs|second|seconds)?\b", re.I)
_MEMORY = re.compile(r"([\d.]+)\s*(kb|kilobytes?|mb|megabytes?|gb|gigabytes?|mib|kib|gib)?\b", re.I)
_MB_PER_UNIT = {"k": 1 / 1024, "m": 1, "g": 1024}
HARNESS_TIME_LIMIT_S = 4.0  # metrics/testing_util.py: TIMEOUT = 4 (seconds per test); no memory limit


def _number(value: Any, pattern: re.Pattern) -> tuple[float, str] | None:
    m = pattern.search(value) if isinstance(value, str) else None
    if not m:
        return None
    try:
        return float(m.group(1)), (m.group(2) or "").lower()
    except ValueError:
        return None


def time_limit_s(value: Any) -> float | None:
    """Seconds from "1 second", "2.5 seconds", "1000 ms"; None when absent or unparseable."""
    parsed = _number(value, _SECONDS)
    if parsed is None or parsed[0] <= 0:
        return None
    amount, unit = parsed
    return amount / 1000 if unit.startswith("m") else amount


def memory_limit_mb(value: Any) -> int | None:
    """Megabytes from "256 megabytes", "64 MB", "262144 KB"; None when absent or unparseable."""
    parsed = _number(value, _MEMORY)
    if parsed is None or parsed[0] <= 0:
        return None
    amount, unit = parsed
    return max(1, round(amount * _MB_PER_UNIT.get(unit[:1], 1)))


def tag_list(value: Any) -> list[str]:
    """Tags from a list, a JSON list or a Python list literal ("['Sorting']"); [] otherwise."""
    if isinstance(value, str):
        if not value.strip() or value.strip() == "None":
            return []
        try:
            value = json.loads(value)
        except json.JSONDecodeError:
            try:
                value = ast.literal_eval(value)
            except (ValueError, SyntaxError, MemoryError, RecursionError):
                log.debug("unparseable tags %r", value[:80])
                return []
    if not isinstance(value, (list, tuple)):
        return []
    return [t.strip() for t in value if isinstance(t, str) and t.strip()]


def _tags(row: dict[str, Any]) -> tuple[str, ...]:
    merged = tag_list(row.get("tags")) + tag_list(row.get("skill_types")) + tag_list(row.get("raw_tags"))
    pictures = str(row.get("picture_num") or "0").strip()
    if pictures.isdigit() and int(pictures) > 0:
        merged.append("has-picture")
    return tuple(dict.fromkeys(merged))


def _difficulty(row: dict[str, Any], wanted: frozenset[str] | None) -> str | None:
    raw = text(row, "difficulty", required=False).strip().upper()
    mapped = DIFFICULTY_MAP.get(raw)
    if wanted is not None and mapped not in wanted and raw.lower() not in wanted:
        raise Filtered("difficulty")
    return mapped


def _style_and_tests(row: dict[str, Any], starter: str) -> tuple[str, str | None, tuple[Test, ...], Checker]:
    io = parse_io(row.get("input_output"))
    if is_gfg_row(starter, io.get("fn_name")):
        entry_point, tests = gfg_problem_parts(starter, io["inputs"], io["outputs"])
        return "call", entry_point, tests, Checker("gfg")
    style, entry_point, tests = tests_from_io(io)
    return style, entry_point, tests, Checker("apps")


def problem_from_row(row: dict[str, Any], index: int, split: str = "train",
                     difficulties: frozenset[str] | None = None,
                     special_judge: frozenset[int] = frozenset(), limits: str = "harness") -> Problem:
    """Map one TACO row (the ``index``-th of its split) to a Problem; raises Skip/Filtered.

    ``special_judge``: row positions to skip as needing a special judge; ``limits``: "harness"
    or "contest" (module docstring)."""
    pid = f"{split}-{index:05d}"
    difficulty = _difficulty(row, difficulties)
    if index in special_judge:
        raise Skip("needs a special judge")
    statement = text(row, "question")
    starter = text(row, "starter_code", required=False)
    style, entry_point, tests, checker = _style_and_tests(row, starter)
    url = text(row, "url", required=False)
    source = text(row, "source", required=False).strip().lower()
    contest = time_limit_s(row.get("time_limit")), memory_limit_mb(row.get("memory_limit"))
    time_s, memory_mb = contest if limits == "contest" else (HARNESS_TIME_LIMIT_S, None)
    return Problem(
        id=f"taco/{pid}", source="taco",
        title=text(row, "name", required=False).strip() or title_from_url(url) or pid,
        statement=statement, style=style, tests=tests, entry_point=entry_point,
        starter_code=starter, checker=checker, harness="apps",
        solutions=solutions_from(row.get("solutions")), time_limit_s=time_s, memory_limit_mb=memory_mb,
        difficulty=difficulty, platform=source or platform_from_url(url),
        contest_id=contest_from_url(url), date=iso_date(row.get("date")), tags=_tags(row) + contest_limit_tags(*contest))


def special_judge_rows(listing: str | Path) -> frozenset[int]:
    """Row positions marked ``"special_judge": true`` in a file laid out as TACO's ``output_spj.jsonl``."""
    marked = set()
    try:
        lines = Path(listing).expanduser().read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as e:
        raise SourceUnavailable(f"cannot read the special-judge list {listing}: {e}") from e
    for lineno, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            entry = json.loads(line)
            idx, flag = entry["idx"], entry["special_judge"]
        except (json.JSONDecodeError, KeyError, TypeError):
            raise SourceConfigError(f"{listing}:{lineno} is not an {{\"idx\", \"special_judge\"}} line as in TACO's "
                                    f"output_spj.jsonl; fix special_judge_list") from None
        if flag is True and isinstance(idx, int):
            marked.add(idx)
    return frozenset(marked)


def _special_judge(option: str, listing: str | None, split: str) -> frozenset[int]:
    if option not in ("exclude", "keep"):
        raise SourceConfigError(f"TACO special_judge is {option!r}; use exclude or keep")
    if option == "keep":
        return frozenset()
    if listing is not None:
        return special_judge_rows(listing)
    return SPECIAL_JUDGE_TEST_ROWS if split == "test" else frozenset()


def load_taco(path: str | None = None, split: str = "train", difficulties: list[str] | None = None,
              limit: int | None = None, revision: str | None = None, special_judge: str = "exclude",
              special_judge_list: str | None = None, limits: str = "harness") -> SourceResult:
    """Load TACO's ``split`` from ``path`` (file, folder or hub id; None = ``BAAI/TACO``)."""
    if split not in SPLITS:
        raise SourceConfigError(f"unknown TACO split {split!r}; use one of {', '.join(SPLITS)}")
    check_limits_option(limits)
    wanted = choices(difficulties, "TACO difficulty", [*DIFFICULTIES, *DIFFICULTY_MAP])
    special = _special_judge(special_judge, special_judge_list, split)
    files = resolve_files(path or DEFAULT_HUB_ID, [f"ALL/{split}-*.parquet", f"data/{split}-*.parquet",
                                                   f"{split}-*.parquet"], revision)
    rows = zip(count(), read_rows(files))
    return collect(rows, lambda r: problem_from_row(r[1], r[0], split, wanted, special, limits), limit)
