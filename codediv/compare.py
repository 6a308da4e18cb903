"""Output comparison: does a program's output match the expected output?

Modes (``mode`` argument), applied to stdin-style problems:

``strict`` (default)
    Both texts are split into lines on ``\\n``. On every line, trailing whitespace (spaces,
    tabs, ``\\r``, form feeds, vertical tabs) is removed — so CRLF and LF endings compare equal.
    Trailing empty lines are dropped. The remaining lines must be identical: leading
    whitespace, inner spacing, letter case and number formatting all count (``1.0`` is not
    ``1``). An empty output equals an expected output made only of whitespace.

``lcb`` (LiveCodeBench-compatible)
    Both texts are stripped at both ends and split on ``\\n``; every line is stripped at both
    ends; the line counts must be equal. Two lines match when equal as strings, or when both
    split on whitespace into the same number of tokens that are all decimals (Python's
    ``Decimal``) and compare equal pairwise (so ``1.0`` equals ``1`` and ``1e2`` equals
    ``100``). Case still counts.

A problem's ``checker`` (``{"type": "float", "abs": a, "rel": r}``) overrides both: texts
are split into whitespace-separated tokens, the counts must match, and each expected token
that parses as a float matches an actual float ``x`` when ``|x - e| <= a`` or
``|x - e| <= r * |e|``; other tokens must be equal. ``nan``/``inf`` tokens match only
themselves.

Call-style results (``compare_json``) are JSON values compared structurally: lists
elementwise, objects by key, numbers numerically (``1`` equals ``1.0``) but never a number
with a boolean, strings exactly; the checker's tolerance applies to floats.

Pure functions; reads and writes nothing.
"""
from __future__ import annotations

import json
import math
from decimal import Decimal, InvalidOperation
from typing import Any

from .records import Checker

MODES = ("strict", "lcb")
_TRAILING_WS = " \t\r\f\v"


def strict_lines(text: str) -> list[str]:
    """The ``strict`` normal form: right-stripped lines without trailing blank lines."""
    lines = [ln.rstrip(_TRAILING_WS) for ln in text.split("\n")]
    while lines and not lines[-1]:
        lines.pop()
    return lines


def _decimals(line: str) -> list[Decimal] | None:
    try:
        return [Decimal(tok) for tok in line.split()]
    except InvalidOperation:
        return None


def lcb_equal(actual: str, expected: str) -> bool:
    """LiveCodeBench-compatible comparison (see module docstring)."""
    a_lines = [ln.strip() for ln in actual.strip().split("\n")]
    e_lines = [ln.strip() for ln in expected.strip().split("\n")]
    if len(a_lines) != len(e_lines):
        return False
    for a, e in zip(a_lines, e_lines):
        if a == e:
            continue
        da, de = _decimals(a), _decimals(e)
        if da is None or de is None or len(da) != len(de) or da != de:
            return False
    return True


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


def outputs_equal(actual: str, expected: str, mode: str = "strict", checker: Checker | None = None) -> bool:
    """Compare a stdin-style program's output with the expected output."""
    if checker is not None:
        return float_equal(actual, expected, checker)
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


def compare_json(actual_text: str, expected_text: str, checker: Checker | None = None) -> bool:
    """Compare a call-style result (JSON text printed by the harness) with the expected JSON."""
    try:
        actual = json.loads(actual_text)
        expected = json.loads(expected_text)
    except (json.JSONDecodeError, ValueError):
        return False
    return _json_equal(actual, expected, checker)
