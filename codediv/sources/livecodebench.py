"""LiveCodeBench code generation (``livecodebench/code_generation_lite``), from its JSONL files.

Version tags are those of the dataset's loading script (``code_generation_lite.py``,
``ALLOWED_FILES``): each release adds a file, ``release_v1`` is ``test.jsonl``, ``release_v2``
adds ``test2.jsonl``, … ``release_v6`` adds ``test6.jsonl``; ``release_latest`` is every
``test*.jsonl``; ``v1``…``v6`` name one file alone (``v1`` = ``test.jsonl``, ``v4`` =
``test4.jsonl``); ``vA_vB`` (A < B, ``v1_v2`` … ``v5_v6``) names the files of versions A to B
(``v4_v5`` = ``test4.jsonl`` + ``test5.jsonl``); a list names files. Every field is a
string. Mapping:

* ``id`` = ``livecodebench/<question_id>``; ``question_title`` -> ``title``;
  ``question_content`` -> ``statement``; ``starter_code``, ``platform``, ``contest_id``,
  ``difficulty`` (already easy/medium/hard) as they are; ``contest_date`` -> ``date`` (its date).
* tests = ``public_test_cases`` (JSON) + ``private_test_cases``, which is JSON or
  base64 -> zlib -> pickle of a JSON string. The pickle is read by an unpickler that refuses
  every global, so only plain values (str, bytes, numbers, lists, dicts…) can come out of it;
  a pickle that names any class or function (``os.system``…) is "undecodable tests".
* ``testtype`` ``stdin`` -> style ``stdin``; ``functional`` -> style ``call`` with
  ``entry_point`` = ``metadata["func_name"]``; inputs are already one JSON value per argument,
  newline-joined, outputs JSON (each line is checked to parse).
* every problem is graded by LiveCodeBench's own grader (checker ``lcb``; :mod:`codediv.compare`)
  and run as its harness runs programs (``harness="lcb"``: its ``import_string`` before stdin and
  call programs alike, a top-level ``return`` ending a stdin program; :mod:`codediv.harness`).
* limits are the grader's: ``lcb_runner/runner/parser.py`` ``--timeout`` 6 (and
  ``codegen_metrics(timeout=6)``) seconds per test, and no memory limit (``reliability_guard``
  is called without one): ``time_limit_s`` 6.0, ``memory_limit_mb`` None (the judge's default
  is the only cap). The rows state no contest limits.

Filters (cheap ones run before the private tests are decoded): ``platforms``,
``date_from`` (inclusive) / ``date_to`` (exclusive) as ISO dates, ``difficulties``.
"""
from __future__ import annotations

import base64
import binascii
import datetime as dt
import io
import json
import pickle
import zlib
from pathlib import Path
from typing import Any

from ..records import Checker, Problem, Test
from . import SourceConfigError
from . import SourceResult, SourceUnavailable
from ._common import DIFFICULTIES, Filtered, Skip, choices, collect, iso_date, text
from .hub import read_rows, resolve_files

DEFAULT_HUB_ID = "livecodebench/code_generation_lite"
RELEASES = tuple(f"release_v{n}" for n in range(1, 7)) + ("release_latest",)
VERSIONS = tuple(f"v{n}" for n in range(1, 7))
SPANS = tuple(f"v{a}_v{b}" for a in range(1, 7) for b in range(a + 1, 7))
_STYLES = {"stdin": "stdin", "functional": "call"}
HARNESS_TIME_LIMIT_S = 6.0  # lcb_runner: --timeout 6 seconds per test; no memory limit


def _file_of(version: int) -> str:
    return "test.jsonl" if version == 1 else f"test{version}.jsonl"


def release_files(release: str | list[str]) -> list[str]:
    """The file names a release tag (or an explicit list of names) stands for."""
    if isinstance(release, (list, tuple)):
        return [str(name) for name in release]
    if release == "release_latest":
        return ["test*.jsonl"]
    release = str(release)
    if release in RELEASES:
        return [_file_of(i) for i in range(1, int(release[-1]) + 1)]
    if release in VERSIONS:
        return [_file_of(int(release[1]))]
    if release in SPANS:
        first, last = int(release[1]), int(release[-1])
        return [_file_of(i) for i in range(first, last + 1)]
    raise SourceConfigError(f"unknown LiveCodeBench release {release!r}; use one of {', '.join(RELEASES)}, "
                            f"v1…v6 (one file), v1_v2…v5_v6 (a span of files) or a list of file names")


class _NoGlobalsUnpickler(pickle.Unpickler):
    """An unpickler that refuses every class and function: plain values only."""

    def find_class(self, module: str, name: str) -> Any:
        raise pickle.UnpicklingError(f"pickle refers to {module}.{name}; only plain values are allowed")


def decode_test_cases(value: str) -> list[Any]:
    """Test cases from JSON or from base64 -> zlib -> (restricted) pickle of a JSON string."""
    value = value.strip()
    if not value:
        return []
    if value[0] in "[{":
        return json.loads(value)
    try:
        raw = zlib.decompress(base64.b64decode(value, validate=True))
    except (binascii.Error, zlib.error, ValueError):
        raise ValueError("neither JSON nor base64/zlib data") from None
    obj = _NoGlobalsUnpickler(io.BytesIO(raw)).load()
    if isinstance(obj, bytes):
        obj = obj.decode("utf-8")
    if not isinstance(obj, str):
        raise ValueError(f"the pickle holds a {type(obj).__name__}, not a JSON string")
    return json.loads(obj)


def _test_cases(row: dict[str, Any]) -> list[dict[str, Any]]:
    try:
        cases = decode_test_cases(text(row, "public_test_cases", required=False))
        cases = cases + decode_test_cases(text(row, "private_test_cases", required=False))
    except (ValueError, TypeError, EOFError, pickle.UnpicklingError, RecursionError, MemoryError,
            UnicodeDecodeError, AttributeError, IndexError, KeyError):
        raise Skip("undecodable tests") from None
    if not isinstance(cases, list) or not all(
            isinstance(c, dict) and isinstance(c.get("input"), str) and isinstance(c.get("output"), str)
            for c in cases):
        raise Skip("undecodable tests")
    if not cases:
        raise Skip("no tests")
    return cases


def _is_json_lines(text_value: str) -> bool:
    try:
        for line in text_value.split("\n"):
            if line.strip():
                json.loads(line)
    except (json.JSONDecodeError, RecursionError):
        return False
    return True


def _style_and_tests(row: dict[str, Any]) -> tuple[str, str | None, tuple[Test, ...]]:
    cases = _test_cases(row)
    types = {c.get("testtype") for c in cases}
    if len(types) != 1 or next(iter(types)) not in _STYLES:
        raise Skip("unknown test type")
    style = _STYLES[types.pop()]
    tests = tuple(Test(c["input"], c["output"]) for c in cases)
    if style == "stdin":
        return style, None, tests
    try:
        meta = json.loads(text(row, "metadata", required=False) or "{}")
    except json.JSONDecodeError:
        raise Skip("undecodable metadata") from None
    func_name = meta.get("func_name") if isinstance(meta, dict) else None
    if not isinstance(func_name, str) or not func_name.strip():
        raise Skip("missing func_name")
    if not all(_is_json_lines(t.input) and _is_json_lines(t.output) for t in tests):
        raise Skip("undecodable tests")
    return style, func_name.strip(), tests


def _check_filters(row: dict[str, Any], platforms: frozenset[str] | None, date_from: str | None,
                   date_to: str | None, difficulties: frozenset[str] | None) -> None:
    if platforms is not None and text(row, "platform", required=False).strip().lower() not in platforms:
        raise Filtered("platform")
    day = iso_date(row.get("contest_date"))
    if (date_from or date_to) and (day is None or (date_from and day < date_from) or (date_to and day >= date_to)):
        raise Filtered("date")
    if difficulties is not None and text(row, "difficulty", required=False).strip().lower() not in difficulties:
        raise Filtered("difficulty")


def problem_from_row(row: dict[str, Any], platforms: frozenset[str] | None = None, date_from: str | None = None,
                     date_to: str | None = None, difficulties: frozenset[str] | None = None) -> Problem:
    """Map one LiveCodeBench row to a Problem; raises Skip/Filtered. Dates are ISO strings."""
    qid = text(row, "question_id").strip()
    _check_filters(row, platforms, date_from, date_to, difficulties)
    statement = text(row, "question_content")
    style, entry_point, tests = _style_and_tests(row)
    difficulty = text(row, "difficulty", required=False).strip().lower()
    return Problem(
        id=f"livecodebench/{qid}", source="livecodebench",
        title=text(row, "question_title", required=False).strip() or qid, statement=statement,
        style=style, tests=tests, entry_point=entry_point, starter_code=text(row, "starter_code", required=False),
        checker=Checker("lcb"), harness="lcb", time_limit_s=HARNESS_TIME_LIMIT_S,
        difficulty=difficulty if difficulty in DIFFICULTIES else None,
        platform=text(row, "platform", required=False).strip().lower() or None,
        contest_id=text(row, "contest_id", required=False).strip() or None,
        date=iso_date(row.get("contest_date")))


def _iso_option(value: str | dt.date | None, name: str) -> str | None:
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        value = value.date()
    try:
        return (value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))).isoformat()
    except ValueError:
        raise SourceConfigError(f"{name} must be an ISO date such as 2024-08-01, got {value!r}") from None


def _release_files_at(location: str, names: list[str], revision: str | None) -> list[Path]:
    """The release's files at ``location``; every file a release names must be there."""
    files = resolve_files(location, names, revision)
    if Path(location).expanduser().is_file():
        return files  # a file named directly is read whatever the release says
    found = {f.name for f in files}
    missing = [n for n in names if not any(c in n for c in "*?[") and Path(n).name not in found]
    if missing:
        raise SourceUnavailable(f"{location!r} lacks {', '.join(missing)} of the requested release; "
                                f"point the source's `path` at a folder holding every file of it")
    return files


def load_livecodebench(path: str | None = None, release: str | list[str] = "release_latest",
                       platforms: list[str] | None = None, date_from: str | None = None,
                       date_to: str | None = None, difficulties: list[str] | None = None,
                       limit: int | None = None, revision: str | None = None) -> SourceResult:
    """Load LiveCodeBench problems from ``path`` (file, folder or hub id; None = the hub)."""
    date_from, date_to = _iso_option(date_from, "date_from"), _iso_option(date_to, "date_to")
    wanted_platforms = choices(platforms, "platform")
    wanted_difficulties = choices(difficulties, "LiveCodeBench difficulty", DIFFICULTIES)
    files = _release_files_at(path or DEFAULT_HUB_ID, release_files(release), revision)
    return collect(read_rows(files), lambda row: problem_from_row(
        row, wanted_platforms, date_from, date_to, wanted_difficulties), limit)
