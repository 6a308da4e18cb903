"""Comparison modes: whitespace, CRLF, numbers, case, float checker, JSON results."""
from __future__ import annotations

import pytest

from codediv.compare import compare_json, outputs_equal, strict_lines
from codediv.records import Checker


@pytest.mark.parametrize("actual,expected,equal", [
    ("3\n", "3\n", True),
    ("3", "3\n", True),                      # missing final newline
    ("3   \n", "3\n", True),                 # trailing spaces on a line
    ("3\t\n", "3\n", True),                  # trailing tab
    ("1 2\r\n3\r\n", "1 2\n3\n", True),      # CRLF vs LF
    ("3\n\n\n", "3\n", True),                # trailing blank lines
    ("", "\n\n", True),                      # empty vs only blank lines
    (" 3\n", "3\n", False),                  # leading whitespace counts
    ("1  2\n", "1 2\n", False),              # inner spacing counts
    ("1\n\n2\n", "1\n2\n", False),           # inner blank line counts
    ("Yes\n", "YES\n", False),               # case counts
    ("1.0\n", "1\n", False),                 # number formatting counts
    ("1 2\n", "1\n2\n", False),              # line structure counts
    ("", "0\n", False),
])
def test_strict(actual, expected, equal):
    assert outputs_equal(actual, expected, "strict") is equal


@pytest.mark.parametrize("actual,expected,equal", [
    (" 3 \n", "3", True),                    # both ends stripped per line
    ("\n\n3\n\n", "3", True),                # whole text stripped
    ("1.0 2\n", "1 2.00", True),             # decimals compared as numbers
    ("1e2\n", "100\n", True),
    ("1 2\n", "1  2\n", True),               # token split
    ("Yes\n", "yes\n", False),               # case still counts
    ("1 2\n", "1\n2\n", False),              # line counts must match
    ("0.1\n", "0.10000001\n", False),        # no tolerance
    ("abc 1\n", "abc 1.0\n", False),         # non-numeric token makes the line a string compare
])
def test_lcb(actual, expected, equal):
    assert outputs_equal(actual, expected, "lcb") is equal


def test_float_checker():
    c = Checker(abs=1e-6, rel=1e-6)
    assert outputs_equal("0.3333333\n", "0.333333333\n", checker=c)
    assert outputs_equal("1000000.5\n", "1000000.0\n", checker=Checker(abs=1e-9, rel=1e-6))
    assert not outputs_equal("0.334\n", "0.333333\n", checker=c)
    assert not outputs_equal("1 2\n", "1\n", checker=c)
    assert outputs_equal("Yes 1.0000001\n", "Yes 1\n", checker=c)
    assert not outputs_equal("No 1\n", "Yes 1\n", checker=c)
    assert not outputs_equal("nan\n", "1\n", checker=c)


def test_strict_lines_normal_form():
    assert strict_lines("a \r\nb\t\n\n") == ["a", "b"]


def test_unknown_mode_is_an_error():
    with pytest.raises(ValueError, match="unknown comparison mode"):
        outputs_equal("1", "1", "fuzzy")


@pytest.mark.parametrize("actual,expected,equal", [
    ("[1, 2]", "[1,2]", True),
    ("3", "3.0", True),
    ("true", "1", False),                    # a bool is never a number
    ("\"a\"", "\"a\"", True),
    ("{\"a\": [1]}", "{\"a\": [1]}", True),
    ("[1, 2]", "[2, 1]", False),
    ("not json", "1", False),
    ("null", "null", True),
])
def test_compare_json(actual, expected, equal):
    assert compare_json(actual, expected) is equal


def test_compare_json_float_tolerance():
    assert compare_json("[0.1000000001]", "[0.1]", Checker())
    assert not compare_json("[0.1000000001]", "[0.1]")
