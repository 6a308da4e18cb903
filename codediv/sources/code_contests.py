"""CodeContests (``deepmind/code_contests``): AlphaCode's competitive-programming problems.

Reads the dataset's parquet files (``data/<split>-*.parquet``; splits train/valid/test) or a
folder/file of them. Every problem is a ``stdin`` problem. Mapping:

* ``id`` = ``code_contests/<platform>/<name>`` (platform as below, ``unknown`` for source 0):
  names repeat across platforms, so the name alone is no id (a name repeated within one
  platform is counted as a duplicate); ``name`` -> ``title``; ``description`` -> ``statement``.
* tests = ``public_tests`` + ``private_tests`` + ``generated_tests`` (``include_generated=False``
  drops the last), each ``{"input": [...], "output": [...]}``, in that order, as given.
* ``solutions``: only Python 3 programs (language id 3; 1 is Python 2, 2 C++, 4 Java).
* ``source`` -> ``platform``: 1 codechef, 2 codeforces, 3 hackerearth, 4 codejam, 5 atcoder,
  6 aizu, 0 (unknown) -> None; ``cf_contest_id`` > 0 -> ``contest_id``; ``cf_tags`` -> ``tags``.
* ``difficulty``: a Codeforces rating (``cf_rating`` > 0) maps <= 1300 -> easy, <= 1900 ->
  medium, else hard; otherwise the enum ``difficulty`` maps 1 (EASY) -> easy, 2 (MEDIUM) ->
  medium, 3-5 (HARD, HARDER, HARDEST) -> hard; other values (unknown, external, and the
  problem-letter values A…V) -> None.
* Limits are those CodeContests' tester applies (``limits="harness"``, the default):
  google-deepmind/code_contests ``execution/tester_sandboxer.h`` ``TestOptions`` defaults to
  ``max_execution_duration = absl::Seconds(10)`` and ``memory_limit_bytes =
  kDefaultMemoryLimitBytes`` (256 MiB) for every program, whatever the row states: so
  ``time_limit_s`` is 10.0 and ``memory_limit_mb`` 256. The row's own ``time_limit``
  ``{"seconds", "nanos"}`` and ``memory_limit_bytes`` are the contest's (set for C++; a correct
  Python solution often needs more), kept as tags ``contest-time-limit:2s`` and
  ``contest-memory-limit:256MB``; ``limits="contest"`` makes them the problem's limits.
  ``memory_limit_bytes`` is read in the unit the dataset means: a whole number of decimal
  megabytes (256000000, Codeforces' "256 megabytes") is that number (256), a whole number of
  MiB (268435456) is that number, anything else is rounded up to whole MiB so the limit is never
  tighter than the dataset's; codediv applies ``memory_limit_mb`` as MiB, as Codeforces
  applies its megabytes. Zero or missing means unknown (no tag; None under ``contest``).
* every problem is graded by CodeContests' own tester comparison (checker ``code_contests``:
  whitespace-separated tokens, case-insensitive, ``1e-5`` on numbers; :mod:`codediv.compare`);
  programs run as ``python main.py`` would (``execution/py_tester_sandboxer.cc`` runs the
  compiled file as it is: no prelude, so no ``harness``).

A problem that reads or writes named files (``input_file``/``output_file`` set) cannot be judged
through stdin and is skipped as "file i/o".
"""
from __future__ import annotations

from typing import Any

from ..records import Checker, Problem, Test
from . import SourceConfigError
from . import SourceResult
from ._common import Skip, check_limits_option, collect, contest_limit_tags, text
from .hub import read_rows, resolve_files

DEFAULT_HUB_ID = "deepmind/code_contests"
SPLITS = ("train", "valid", "test")
PYTHON3 = 3
PLATFORMS = {1: "codechef", 2: "codeforces", 3: "hackerearth", 4: "codejam", 5: "atcoder", 6: "aizu"}
_ENUM_DIFFICULTY = {1: "easy", 2: "medium", 3: "hard", 4: "hard", 5: "hard"}
HARNESS_LIMITS = (10.0, 256)  # tester_sandboxer.h TestOptions: 10 s per test, 256 MiB


def _int(value: Any) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) else 0


def _tests(row: dict[str, Any], include_generated: bool) -> tuple[Test, ...]:
    kinds = ("public_tests", "private_tests") + (("generated_tests",) if include_generated else ())
    tests: list[Test] = []
    for kind in kinds:
        group = row.get(kind)
        if group is None:
            continue
        inputs, outputs = (group.get("input"), group.get("output")) if isinstance(group, dict) else (None, None)
        if not (isinstance(inputs, list) and isinstance(outputs, list) and len(inputs) == len(outputs)
                and all(isinstance(s, str) for s in inputs + outputs)):
            raise Skip("undecodable tests")
        tests.extend(Test(i, o) for i, o in zip(inputs, outputs, strict=True))
    if not tests:
        raise Skip("no tests")
    return tuple(tests)


def _python3_solutions(row: dict[str, Any]) -> tuple[str, ...]:
    sols = row.get("solutions")
    if sols is None:
        return ()
    langs, codes = (sols.get("language"), sols.get("solution")) if isinstance(sols, dict) else (None, None)
    if not (isinstance(langs, list) and isinstance(codes, list) and len(langs) == len(codes)):
        raise Skip("undecodable solutions")
    pairs = zip(langs, codes, strict=True)
    return tuple(code for lang, code in pairs if lang == PYTHON3 and isinstance(code, str) and code.strip())


def difficulty_of(cf_rating: Any, difficulty: Any) -> str | None:
    """easy/medium/hard from a Codeforces rating when known, else from the difficulty enum."""
    rating = _int(cf_rating)
    if rating > 0:
        return "easy" if rating <= 1300 else "medium" if rating <= 1900 else "hard"
    return _ENUM_DIFFICULTY.get(_int(difficulty))


def _time_limit(value: Any) -> float | None:
    if not isinstance(value, dict):
        return None
    seconds = _int(value.get("seconds")) + _int(value.get("nanos")) / 1e9
    return seconds if seconds > 0 else None


def memory_limit_mb(value: Any) -> int | None:
    """Megabytes as the dataset means them (see module docstring); None when unknown."""
    nbytes = _int(value)
    if nbytes <= 0:
        return None
    if nbytes % 10**6 == 0:
        return nbytes // 10**6
    return -(-nbytes // 2**20)  # whole MiB exactly, else rounded up


def problem_from_row(row: dict[str, Any], include_generated: bool = True, limits: str = "harness") -> Problem:
    """Map one CodeContests row to a Problem; raises Skip. ``limits``: "harness" or "contest"."""
    name = text(row, "name").strip()
    statement = text(row, "description")
    if text(row, "input_file", required=False).strip() or text(row, "output_file", required=False).strip():
        raise Skip("file i/o")
    contest = _int(row.get("cf_contest_id"))
    tags = row.get("cf_tags") if isinstance(row.get("cf_tags"), list) else []
    platform = PLATFORMS.get(_int(row.get("source")))
    contest_limits = _time_limit(row.get("time_limit")), memory_limit_mb(row.get("memory_limit_bytes"))
    time_s, memory_mb = contest_limits if limits == "contest" else HARNESS_LIMITS
    return Problem(
        id=f"code_contests/{platform or 'unknown'}/{name}", source="code_contests", title=name,
        statement=statement, style="stdin", checker=Checker("code_contests"),
        tests=_tests(row, include_generated), solutions=_python3_solutions(row),
        time_limit_s=time_s, memory_limit_mb=memory_mb,
        difficulty=difficulty_of(row.get("cf_rating"), row.get("difficulty")),
        platform=platform, contest_id=str(contest) if contest > 0 else None,
        tags=tuple(dict.fromkeys(t.strip() for t in tags if isinstance(t, str) and t.strip()))
        + contest_limit_tags(*contest_limits))


def load_code_contests(path: str | None = None, split: str = "train", include_generated: bool = True,
                       limit: int | None = None, revision: str | None = None, limits: str = "harness") -> SourceResult:
    """Load CodeContests' ``split`` from ``path`` (file, folder or hub id; None = the hub)."""
    if split not in SPLITS:
        raise SourceConfigError(f"unknown CodeContests split {split!r}; use one of {', '.join(SPLITS)}")
    check_limits_option(limits)
    files = resolve_files(path or DEFAULT_HUB_ID, [f"data/{split}-*.parquet", f"{split}-*.parquet"], revision)
    return collect(read_rows(files), lambda row: problem_from_row(row, include_generated, limits), limit)
