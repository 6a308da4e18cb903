"""Output comparison: does a program's output match the expected output?

Which rule applies is data on the problem: its ``checker`` (:class:`codediv.records.Checker`)
when it has one, otherwise the judge's ``mode``. Sources attach their dataset's own notion of a
correct output as a checker, so a source's rule always wins over ``mode``; a source option
(``grading: judge``, see :mod:`codediv.sources`) removes those source rules when a study wants
every problem graded by ``mode`` anyway.

Modes (``mode`` argument), for stdin-style problems without a checker:

``strict`` (default)
    Both texts are split into lines on ``\\n``. On every line, trailing whitespace (spaces,
    tabs, ``\\r``, form feeds, vertical tabs) is removed — so CRLF and LF endings compare equal.
    Trailing empty lines are dropped. The remaining lines must be identical: leading
    whitespace, inner spacing, letter case and number formatting all count (``1.0`` is not
    ``1``). An empty output equals an expected output made only of whitespace.

``lcb`` (LiveCodeBench-compatible)
    The ``lcb`` checker's stdin rule below.

Checkers. Each source rule follows one upstream grader; what it accepts and what it rejects
are both kept, quirks included (tests/test_compare.py pins each on both sides):

``float`` (a problem's own tolerance, e.g. built-in problems)
    Texts split into whitespace-separated tokens, the counts must match, and each expected
    token that parses as a float matches an actual float ``x`` when ``|x - e| <= abs`` or
    ``|x - e| <= rel * |e|``; other tokens must be equal. ``nan``/``inf`` match only
    themselves. Call results: JSON compared structurally with that tolerance on floats.

``code_contests`` — google-deepmind/code_contests ``execution/tester_sandboxer.cc``,
``OutputsMatch`` and ``ValuesMatch``
    Both texts are split on any run of space, ``\\n``, ``\\t``, ``\\r``, ``\\v`` (not form
    feed) and ASCII-lowercased. Equal token lists match. Otherwise the counts must be equal
    and every pair must match: when either token is not a number (absl ``SimpleAtod``: an
    optional ``+``, decimal or exponent notation, ``inf``/``infinity``/``nan``; no hex, no
    ``_``) the two must be equal strings; two numbers match when ``|a - b| < 1e-5`` (absolute,
    strict), so integers beyond 2**53 compare as doubles and two ``nan``/``inf`` tokens never
    match pairwise.

``apps`` — hendrycks/apps ``eval/testing_util.py`` ``run_test`` (standard input branch) with
``custom_compare_``, the same cascade FlagOpen/TACO ``metrics/testing_util.py`` shipped
    The output is taken as the harness captures it, ``stdout.splitlines()``; the expected text
    as stored (lists of lines joined with ``\\n``). Accepted when any step holds: (1) the
    joined lines, or the joined individually stripped lines, equal the expected text, both
    stripped at the ends; (2) the output is one line equal to the whole expected text; (3)
    the output lines, or the non-empty ones, equal the expected text's non-empty lines each
    stripped; (4) every non-empty output line and every expected line is one float (Python
    ``float``), same count, ``numpy.allclose`` (``|a - e| <= 1e-8 + 1e-5 * |e|``); (5) the
    *sets* of per-line token sets are equal (line order, token order and repeats ignored);
    (6) the same with every token as ``round(float(t), 3)``. TACO's later rewrite of that file
    runs the program in a subprocess and hands the cascade one string instead of a list of
    lines, so its steps 2-6 compare characters; codediv follows the line-list cascade both
    projects released and documents that choice here. Call results: the dataset stores a
    result wrapped in a one-element list or bare, and the harness accepts ``result == R`` or
    ``result == R[0]``; codediv stores the unwrapped reading ``S`` and accepts Python equality
    (``True == 1``, ``1 == 1.0``) with ``S`` or ``[S]``, which is exactly the harness's rule for
    one-element lists and accepts ``[S]`` where it would accept ``R[0]`` for longer lists.

``lcb`` — LiveCodeBench ``lcb_runner/evaluation/testing_util.py``, ``grade_stdio`` and
``grade_call_based``
    stdin: both texts are stripped at both ends and split on ``\\n``; every line is stripped;
    the line counts must be equal. Two lines match when equal as strings, or when both split
    on whitespace into ``Decimal`` tokens and the lists are equal (``1.0`` equals ``1``,
    ``1e2`` equals ``100``, no tolerance; case counts). Call results: Python equality of the
    decoded JSON values (``True == 1``). Both graders see results after their own code runs;
    codediv's harness passes the result through JSON, so nested tuples and integer dict keys
    compare as lists and strings (LiveCodeBench would reject them).

``gfg`` (GeeksforGeeks rows of TACO converted to call problems, :mod:`codediv.sources._gfg`)
    The expected output is what GeeksforGeeks' driver printed from the method's return value,
    so the JSON result is rendered to tokens as such a driver prints it: lists flattened (rows
    of a matrix and elements alike), strings split on whitespace, numbers as numbers. The
    token counts must match; a number token matches when, printed with as many decimals as
    the expected token has, it reads as that token (integers exactly); ``true``/``false``
    results match ``1``/``0``, ``true``/``false`` or ``yes``/``no`` in any case (drivers print
    booleans all three ways); strings match exactly. ``null`` prints nothing, so a method that
    answers by changing its argument in place (the driver prints the argument) never matches:
    verification rejects such problems and the data stage counts them.

Call-style results (``compare_json``) without a checker are JSON values compared
structurally: lists elementwise, objects by key, numbers numerically (``1`` equals ``1.0``)
but never a number with a boolean, strings exactly.

Pure functions; reads and writes nothing.
"""
from __future__ import annotations

import json
import math
import re
from decimal import Decimal, DecimalException
from typing import Any

from .records import Checker

MODES = ("strict", "lcb")
#: checkers that carry a dataset's own grader (``grading: judge`` removes these); the others
#: (``float``, ``gfg``) belong to the problem itself and always stay.
SOURCE_RULES = ("code_contests", "apps", "lcb")
_TRAILING_WS = " \t\r\f\v"


def strict_lines(text: str) -> list[str]:
    """The ``strict`` normal form: right-stripped lines without trailing blank lines."""
    lines = [ln.rstrip(_TRAILING_WS) for ln in text.split("\n")]
    while lines and not lines[-1]:
        lines.pop()
    return lines


# -- LiveCodeBench ------------------------------------------------------------------------
def _decimals(line: str) -> list[Decimal] | None:
    try:
        return [Decimal(tok) for tok in line.split()]
    except DecimalException:
        return None


def lcb_equal(actual: str, expected: str) -> bool:
    """LiveCodeBench's ``grade_stdio`` comparison (see module docstring)."""
    a_lines = [ln.strip() for ln in actual.strip().split("\n")]
    e_lines = [ln.strip() for ln in expected.strip().split("\n")]
    if len(a_lines) != len(e_lines):
        return False
    for a, e in zip(a_lines, e_lines):
        if a == e:
            continue
        da, de = _decimals(a), _decimals(e)
        try:
            if da is None or de is None or da != de:
                return False
        except DecimalException:  # a signalling NaN refuses comparison; upstream that is a failure too
            return False
    return True


# -- float tolerance ----------------------------------------------------------------------
def _float_token_equal(a: str, e: str, checker: Checker) -> bool:
    if a == e:
        return True
    try:
        x, y = float(a), float(e)
    except ValueError:
        return False
    if math.isnan(x) or math.isnan(y) or math.isinf(x) or math.isinf(y):
        return False
    diff = abs(x - y)
    return diff <= checker.abs or diff <= checker.rel * abs(y)


def float_equal(actual: str, expected: str, checker: Checker) -> bool:
    """Token-wise comparison with float tolerance (see module docstring)."""
    at, et = actual.split(), expected.split()
    return len(at) == len(et) and all(_float_token_equal(a, e, checker) for a, e in zip(at, et))


# -- CodeContests -------------------------------------------------------------------------
_CC_SPLIT = re.compile(r"[ \n\t\r\v]+")
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
_ABSL_NUMBER = re.compile(r"-?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?|-?(?:inf|infinity|nan(?:\([0-9a-z_]*\))?)")
_ABSL_SPACE = " \t\n\v\f\r"


def _absl_double(token: str) -> float | None:
    """absl ``SimpleAtod`` on a lower-cased token: the double it reads, or None when it reads none."""
    s = token.strip(_ABSL_SPACE)
    if s.startswith("+"):
        s = s[1:]
        if s.startswith("-"):
            return None
    if not _ABSL_NUMBER.fullmatch(s):
        return None
    return math.nan if "nan" in s else float(s)


def code_contests_equal(actual: str, expected: str) -> bool:
    """CodeContests' ``OutputsMatch`` (see module docstring)."""
    a = [t.translate(_ASCII_LOWER) for t in _CC_SPLIT.split(actual) if t]
    e = [t.translate(_ASCII_LOWER) for t in _CC_SPLIT.split(expected) if t]
    if a == e:
        return True
    if len(a) != len(e):
        return False
    for x, y in zip(a, e):
        dx, dy = _absl_double(x), _absl_double(y)
        if dx is None or dy is None:
            if x != y:
                return False
        elif not abs(dx - dy) < 1e-5:
            return False
    return True


# -- APPS / TACO --------------------------------------------------------------------------
def _allclose(out: list[float], exp: list[float]) -> bool:
    """``numpy.allclose`` with its defaults: infinities match only themselves, NaN never."""
    for x, y in zip(out, exp, strict=True):
        if math.isinf(x) or math.isinf(y):
            if x != y:
                return False
        elif not abs(x - y) <= 1e-8 + 1e-5 * abs(y):  # NaN fails here
            return False
    return True


def _rounded(sets: list[list[str]]) -> set[frozenset] | None:
    try:
        return {frozenset(round(float(t), 3) for t in tokens) for tokens in sets}
    except (ValueError, OverflowError):
        return None


def apps_equal(actual: str, expected: str) -> bool:
    """The APPS/TACO ``testing_util`` standard-input cascade (see module docstring)."""
    out = actual.splitlines()
    whole = expected.strip()
    if "\n".join(out).strip() == whole or "\n".join(o.strip() for o in out).strip() == whole:
        return True
    if out == [expected]:
        return True
    exp_lines = [x.strip() for x in expected.split("\n") if x]
    out_lines = [o for o in out if o]
    if out == exp_lines or out_lines == exp_lines:
        return True
    try:
        floats = [float(o) for o in out_lines], [float(e) for e in exp_lines]
        if len(floats[0]) == len(floats[1]) and _allclose(*floats):
            return True
    except (ValueError, OverflowError):
        pass
    exp_tokens = [line.split() for line in exp_lines]
    out_tokens = [o.split() for o in out_lines if o.split()]
    if {frozenset(t) for t in out_tokens} == {frozenset(t) for t in exp_tokens}:
        return True
    rounded = _rounded(out_tokens)
    return rounded is not None and rounded == _rounded(exp_tokens)


# -- GeeksforGeeks printed results ---------------------------------------------------------
_TRUE, _FALSE = ("1", "true", "yes"), ("0", "false", "no")


def _printed(value: Any) -> list[Any] | None:
    """The values a GeeksforGeeks driver prints for ``value``, one per token (None: unprintable)."""
    if value is None:
        return []
    if isinstance(value, list):
        items: list[Any] = []
        for v in value:
            sub = _printed(v)
            if sub is None:
                return None
            items += sub
        return items
    if isinstance(value, str):
        return value.split()
    if isinstance(value, (bool, int, float)):
        return [value]
    return None  # objects: a driver prints no dict as such


def _number_token_equal(x: int | float, token: str) -> bool:
    try:
        e = float(token)
    except ValueError:
        return False
    if isinstance(x, int) and re.fullmatch(r"[+-]?\d+", token):
        return x == int(token)
    if math.isnan(e) or math.isinf(e) or math.isnan(x) or math.isinf(x):
        return False
    m = re.fullmatch(r"[+-]?\d*\.(\d+)", token)
    if m:  # printed with that many decimals, does the result read as the expected token?
        return float(format(x, f".{len(m.group(1))}f")) == e
    return math.isclose(x, e, rel_tol=1e-9, abs_tol=1e-12)


def gfg_equal(result: Any, expected: str) -> bool:
    """Does a call result, printed as a GeeksforGeeks driver prints it, read as ``expected``?"""
    values, tokens = _printed(result), expected.split()
    if values is None or len(values) != len(tokens):
        return False
    for v, t in zip(values, tokens):
        if isinstance(v, bool):
            if t.lower() not in (_TRUE if v else _FALSE):
                return False
        elif isinstance(v, (int, float)):
            if not _number_token_equal(v, t):
                return False
        elif v != t:
            return False
    return True


# -- dispatch -----------------------------------------------------------------------------
def outputs_equal(actual: str, expected: str, mode: str = "strict", checker: Checker | None = None) -> bool:
    """Compare a stdin-style program's output with the expected output."""
    if checker is not None:
        if checker.type == "float":
            return float_equal(actual, expected, checker)
        if checker.type == "code_contests":
            return code_contests_equal(actual, expected)
        if checker.type == "apps":
            return apps_equal(actual, expected)
        if checker.type == "lcb":
            return lcb_equal(actual, expected)
        raise ValueError(f"checker {checker.type!r} does not apply to stdin output")
    if mode == "strict":
        return strict_lines(actual) == strict_lines(expected)
    if mode == "lcb":
        return lcb_equal(actual, expected)
    raise ValueError(f"unknown comparison mode {mode!r}; use one of {', '.join(MODES)}")


def _json_equal(a: Any, e: Any, checker: Checker | None) -> bool:
    if isinstance(e, bool) or isinstance(a, bool):
        return type(a) is type(e) and a == e
    if isinstance(e, (int, float)) and isinstance(a, (int, float)):
        if checker is not None and (isinstance(a, float) or isinstance(e, float)):
            return _float_token_equal(repr(a), repr(e), checker)
        return a == e
    if isinstance(e, list) and isinstance(a, list):
        return len(a) == len(e) and all(_json_equal(x, y, checker) for x, y in zip(a, e))
    if isinstance(e, dict) and isinstance(a, dict):
        return a.keys() == e.keys() and all(_json_equal(a[k], e[k], checker) for k in e)
    return type(a) is type(e) and a == e


def _loads(text: str) -> tuple[bool, Any]:
    try:
        return True, json.loads(text)
    except (json.JSONDecodeError, ValueError, RecursionError):
        return False, None


def compare_json(actual_text: str, expected_text: str, checker: Checker | None = None) -> bool:
    """Compare a call-style result (JSON text printed by the harness) with the expected output."""
    ok, actual = _loads(actual_text)
    if not ok:
        return False
    kind = checker.type if checker is not None else None
    try:
        if kind == "gfg":  # the expected output is printed text, not JSON
            return gfg_equal(actual, expected_text)
        ok, expected = _loads(expected_text)
        if not ok:
            return False
        if kind == "apps":
            return bool(actual == expected or actual == [expected])
        if kind == "lcb":
            return bool(actual == expected)
        return _json_equal(actual, expected, checker if kind == "float" else None)
    except RecursionError:  # a result nested too deeply to compare is no match, never a judge crash
        return False
