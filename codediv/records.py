"""Record kinds shared by every stage, and JSONL loading/saving with validation.

The canonical problem record is DESIGN.md's; every source loader maps into it and everything
downstream sees only it. Three styles:

* ``stdin``: a program reads the test ``input`` from standard input and must print ``output``.
* ``call``: LeetCode/LiveCodeBench functional problems. ``entry_point`` names a method of
  ``class Solution`` (a fresh instance per test) or a top-level function. A test ``input`` is
  one JSON value per argument, newline-joined; ``output`` is the JSON of the expected result.
* ``assert``: HumanEval-style. A test's ``output`` is test code defining ``check(candidate)``;
  the judge calls ``check(<entry_point>)``; ``input`` is unused.

How a program is run: as ``python main.py`` would run it, unless the problem names the harness
of its dataset (``harness``: ``apps`` for APPS and TACO, ``lcb`` for LiveCodeBench), whose
import prelude then runs first and under which a top-level ``return`` ends a stdin program
(:mod:`codediv.harness`). Rows written before ``harness`` existed may carry only
``top_level_return``; they load and run as they did.

A problem row needs only ``id`` and ``tests`` (and ``entry_point`` for ``call``/``assert``);
a missing optional field takes its default: ``source`` "jsonl", ``title`` the id,
``statement`` "", ``style`` "stdin", and the field defaults of :class:`Problem` for the rest.

``load_problems``/``load_solutions`` never stop at a bad line: each malformed line becomes a
:class:`RecordError` (``file:line: reason``) and the other lines still load.
"""
from __future__ import annotations

import dataclasses
import gzip
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Iterator

from .harness import HARNESSES

STYLES = ("stdin", "call", "assert")
VERDICTS = ("AC", "WA", "RE", "TLE", "MLE", "OLE", "CE", "NOCODE")
ROW_DEFAULTS = {"source": "jsonl", "statement": "", "style": "stdin"}  #: a problem row's optional fields (title: the id)


class RecordInvalid(ValueError):
    """A record that does not satisfy its schema; the message says which field and why."""


@dataclass(frozen=True)
class Test:
    """One hidden test case."""

    __test__ = False  # not a pytest test class

    input: str  #: stdin text (stdin), newline-joined JSON arguments (call), unused (assert)
    output: str  #: expected stdout (stdin), JSON result (call), test code with check() (assert)


#: checker types: ``float`` (a problem's own tolerance) and the datasets' own graders; each
#: rule and the upstream file it follows is documented in :mod:`codediv.compare`.
CHECKER_TYPES = ("float", "code_contests", "apps", "lcb", "gfg")
_FLOAT_DEFAULT = 1e-6


@dataclass(frozen=True)
class Checker:
    """Per-problem output comparison beyond whitespace (data, never a branch in the judge)."""

    type: str = "float"  #: one of :data:`CHECKER_TYPES` (see :mod:`codediv.compare`)
    abs: float | None = None  #: float: absolute tolerance (default 1e-6); other types: None
    rel: float | None = None  #: float: tolerance relative to the expected value (default 1e-6); other types: None

    def __post_init__(self) -> None:
        if self.type not in CHECKER_TYPES:
            raise RecordInvalid(f"checker type {self.type!r} is unknown; use one of {', '.join(CHECKER_TYPES)}")
        if self.type == "float":  # frozen: fill the documented defaults in place
            object.__setattr__(self, "abs", _FLOAT_DEFAULT if self.abs is None else float(self.abs))
            object.__setattr__(self, "rel", _FLOAT_DEFAULT if self.rel is None else float(self.rel))
        elif self.abs is not None or self.rel is not None:
            raise RecordInvalid(f"checker {self.type!r} follows its dataset's own rule and takes no abs/rel")

    @classmethod
    def from_dict(cls, d: Any) -> "Checker":
        """From a record's ``checker`` object; ``{"type": "float"}`` rows of older files still load."""
        if not isinstance(d, dict) or set(d) - {"type", "abs", "rel"}:
            raise RecordInvalid("field 'checker' must be null or {\"type\": …} with optional \"abs\"/\"rel\" (float)")
        try:
            return cls(type=d.get("type", "float"), abs=d.get("abs"), rel=d.get("rel"))
        except (TypeError, ValueError) as e:
            raise RecordInvalid(f"field 'checker': {e}") from None


@dataclass(frozen=True)
class Problem:
    """The canonical problem record (DESIGN.md)."""

    id: str  #: globally unique, "<source>/<source-specific id>"
    source: str  #: loader that produced it: builtin, taco, apps, code_contests, livecodebench, humaneval, jsonl
    title: str  #: short human title
    statement: str  #: full problem statement shown to the model
    style: str  #: "stdin" | "call" | "assert"
    tests: tuple[Test, ...]  #: hidden tests (at least one)
    entry_point: str | None = None  #: call: method/function name; assert: function under test
    starter_code: str = ""  #: code the answer must complete (call problems)
    solutions: tuple[str, ...] = ()  #: reference solutions (may be empty for benchmarks)
    checker: Checker | None = None  #: how outputs are compared (the dataset's grader, or a float tolerance); None = judge.mode
    time_limit_s: float | None = None  #: per-test wall limit; None = judge default
    memory_limit_mb: int | None = None  #: per-test memory limit; None = judge default
    difficulty: str | None = None  #: easy | medium | hard (source's own scale mapped)
    platform: str | None = None  #: atcoder, codeforces, leetcode… when known
    contest_id: str | None = None  #: contest identifier, used for decontamination
    date: str | None = None  #: ISO date of the contest, when known
    tags: tuple[str, ...] = ()  #: free-form tags (categories)
    #: stdin problems: a top-level ``return`` ends the program (exit status 0, output kept), as
    #: in harnesses that run a stdin program as the body of a function (every ``harness`` implies
    #: it; rows from before ``harness`` existed carry this flag alone)
    top_level_return: bool = False
    #: the dataset harness whose run semantics programs get (:mod:`codediv.harness`): "apps"
    #: (APPS/TACO ``testing_util``), "lcb" (LiveCodeBench); its import prelude runs before the
    #: program and a top-level ``return`` ends a stdin program. None = run as ``python main.py``
    harness: str | None = None

    def __post_init__(self) -> None:
        if not self.id or not isinstance(self.id, str):
            raise RecordInvalid("field 'id' must be a non-empty string")
        if self.style not in STYLES:
            raise RecordInvalid(f"field 'style' is {self.style!r}; expected one of {', '.join(STYLES)}")
        if not self.tests:
            raise RecordInvalid("field 'tests' is empty; a problem needs at least one test")
        if self.style in ("call", "assert") and not self.entry_point:
            raise RecordInvalid(f"a {self.style!r} problem needs 'entry_point'")
        if self.checker is not None and self.checker.type == "gfg" and self.style != "call":
            raise RecordInvalid("checker 'gfg' compares call results; the problem's style must be 'call'")
        if not isinstance(self.top_level_return, bool):
            raise RecordInvalid("field 'top_level_return' must be true or false")
        if self.harness is not None and self.harness not in HARNESSES:
            raise RecordInvalid(f"field 'harness' is {self.harness!r}; expected null or one of {', '.join(HARNESSES)}")

    def to_dict(self) -> dict[str, Any]:
        d = dataclasses.asdict(self)
        d["tests"] = [dataclasses.asdict(t) for t in self.tests]
        d["solutions"] = list(self.solutions)
        d["tags"] = list(self.tags)
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Problem":
        if not isinstance(d, dict):
            raise RecordInvalid("a problem must be a JSON object")
        names = {f.name for f in dataclasses.fields(cls)}
        unknown = set(d) - names
        if unknown:
            raise RecordInvalid(f"unknown field(s) {', '.join(sorted(unknown))}")
        for req in ("id", "tests"):
            if req not in d:
                raise RecordInvalid(f"missing field {req!r}")
        if not isinstance(d["id"], str):
            raise RecordInvalid(f"field 'id' must be a string, got {type(d['id']).__name__}")
        d = {**ROW_DEFAULTS, "title": d["id"], **d}
        for key in ("id", "source", "title", "statement", "style"):
            if not isinstance(d[key], str):
                raise RecordInvalid(f"field {key!r} must be a string, got {type(d[key]).__name__}")
        tests = d["tests"]
        if not isinstance(tests, list):
            raise RecordInvalid("field 'tests' must be a list of {input, output} objects")
        parsed = []
        for i, t in enumerate(tests):
            if not (isinstance(t, dict) and isinstance(t.get("input"), str) and isinstance(t.get("output"), str)):
                raise RecordInvalid(f"tests[{i}] must be an object with string 'input' and 'output'")
            parsed.append(Test(t["input"], t["output"]))
        sols = d.get("solutions") or []
        if not (isinstance(sols, list) and all(isinstance(s, str) for s in sols)):
            raise RecordInvalid("field 'solutions' must be a list of strings")
        checker = d.get("checker")
        if checker is not None:
            checker = Checker.from_dict(checker)
        kw = {k: v for k, v in d.items() if k not in ("tests", "solutions", "checker", "tags")}
        return cls(**kw, tests=tuple(parsed), solutions=tuple(sols), checker=checker,
                   tags=tuple(d.get("tags") or ()))


@dataclass(frozen=True)
class Solution:
    """A program to judge for one problem."""

    problem_id: str  #: the Problem.id it answers
    code: str  #: the extracted Python program ("" means nothing to run: NOCODE)
    sample_id: int = 0  #: which sample of that problem (pass@k draws several)

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Solution":
        if not isinstance(d, dict):
            raise RecordInvalid("a solution must be a JSON object")
        if not isinstance(d.get("problem_id"), str):
            raise RecordInvalid("missing or non-string field 'problem_id'")
        if not isinstance(d.get("code"), str):
            raise RecordInvalid("missing or non-string field 'code'")
        sid = d.get("sample_id", 0)
        if not isinstance(sid, int) or isinstance(sid, bool):
            raise RecordInvalid("field 'sample_id' must be an integer")
        return cls(problem_id=d["problem_id"], code=d["code"], sample_id=sid)


@dataclass(frozen=True)
class TestOutcome:
    """The judge's finding for one test of one solution."""

    __test__ = False  # not a pytest test class

    verdict: str  #: AC WA RE TLE MLE OLE CE NOCODE
    time_s: float | None  #: wall time of the run; None when the test was not run
    skipped: bool = False  #: True when not run because the solution exhausted its TLE budget


@dataclass(frozen=True)
class JudgeResult:
    """The judge's finding for one solution (DESIGN.md's results JSONL row)."""

    problem_id: str  #: the problem judged against
    sample_id: int  #: the solution's sample index
    verdict: str  #: AC only when every test is AC, else the first non-AC test's verdict
    passed: int  #: tests with verdict AC
    total: int  #: tests in the problem
    tests: tuple[TestOutcome, ...]  #: per-test outcomes, in the problem's test order
    error: str = ""  #: last stderr line (or reason) of the first failing test, for error analysis
    cached: bool = False  #: True when served from the verdict cache without running
    sandbox_failure: bool = False  #: True when the sandbox itself failed on a test (never cached)

    def to_dict(self) -> dict[str, Any]:
        d = dataclasses.asdict(self)
        d["tests"] = [dataclasses.asdict(t) for t in self.tests]
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "JudgeResult":
        tests = tuple(TestOutcome(**t) for t in d["tests"])
        return cls(**{**d, "tests": tests})


@dataclass
class LoadReport:
    """What a JSONL load produced: the good records and one error per bad line."""

    records: list[Any] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)  #: "file:line: reason"


def _open_text(path: Path):
    if path.suffix == ".gz":
        return gzip.open(path, "rt", encoding="utf-8")
    return open(path, encoding="utf-8")


def iter_jsonl(path: str | Path) -> Iterator[tuple[int, Any | Exception]]:
    """Yield (line number, parsed object or the exception) for each non-blank line."""
    path = Path(path)
    with _open_text(path) as fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                yield lineno, json.loads(line)
            except json.JSONDecodeError as e:
                yield lineno, RecordInvalid(f"not valid JSON ({e.msg} at column {e.colno})")


def _load(path: str | Path, parse) -> LoadReport:
    path = Path(path)
    if not path.exists():
        raise FileNotFoundError(f"{path} does not exist; pass the path of a JSONL file")
    rep = LoadReport()
    for lineno, obj in iter_jsonl(path):
        if isinstance(obj, Exception):
            rep.errors.append(f"{path}:{lineno}: {obj}")
            continue
        try:
            rep.records.append(parse(obj))
        except (RecordInvalid, TypeError, ValueError) as e:
            rep.errors.append(f"{path}:{lineno}: {e}")
    return rep


def load_problems(path: str | Path) -> LoadReport:
    """Load canonical problems from JSONL (optionally .gz); bad lines become errors."""
    return _load(path, Problem.from_dict)


def load_solutions(path: str | Path) -> LoadReport:
    """Load ``{"problem_id", "sample_id"?, "code"}`` rows; bad lines become errors."""
    return _load(path, Solution.from_dict)


def write_jsonl(path: str | Path, rows: Iterable[Any]) -> Path:
    """Write rows (dicts or records with ``to_dict``) as JSONL, atomically (temp + rename)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    with open(tmp, "wb") as raw:
        # mtime=0 and no file name in the gzip header: same rows give byte-identical files.
        fh = gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0) if path.suffix == ".gz" else raw
        for row in rows:
            d = row.to_dict() if hasattr(row, "to_dict") else row
            fh.write((json.dumps(d, ensure_ascii=False, sort_keys=True) + "\n").encode("utf-8"))
        if fh is not raw:
            fh.close()
    tmp.replace(path)
    return path
