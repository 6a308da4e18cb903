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


# --- the datasets' own graders: each pinned on what it accepts and what it rejects ---------------------

CC = Checker("code_contests")


@pytest.mark.parametrize("actual,expected,equal", [
    ("5\n", "                                5\n", True),     # tokens: padding and line breaks never count
    ("1 2\n3\n", "1\n2 3", True),
    ("YES\n", "yes\n", True),                              # ASCII case-insensitive
    ("0.3333333333\n", "0.33333\n", True),                 # |a - b| < 1e-5 on numbers
    ("100000\n", "1e5\n", True),
    ("+5\n", "5\n", True),                                 # absl SimpleAtod takes a leading +
    ("1000000000000000001\n", "1000000000000000000\n", True),  # numbers compare as doubles
    ("nan\n", "nan\n", True),                              # equal token lists match before any number rule
    ("0.33331\n", "0.33333\n", False),                     # 2e-5 apart
    ("0\n", "0.00001\n", False),                           # strictly less than 1e-5
    ("1 2\n", "1 2 3\n", False),
    ("nan 1\n", "nan 2\n", False),                         # pairwise, nan never equals nan
    ("1_000\n", "1000\n", False),                          # not a number to absl: compared as strings
    ("0x10\n", "16\n", False),
    ("5\x0c6\n", "5 6\n", False),                          # form feed is no separator there
    ("Ö\n", "ö\n", False),                                 # only ASCII letters are lower-cased
])
def test_code_contests_checker(actual, expected, equal):
    assert outputs_equal(actual, expected, "strict", CC) is equal


APPS = Checker("apps")


@pytest.mark.parametrize("actual,expected,equal", [
    ("4 3 2 1\n", "\n4 3 2 1\n", True),                    # TACO 1492/B: stripped at both ends
    ("1 \n 2\n", "1\n2", True),                            # lines stripped one by one
    ("a\n\nb\n", "a\nb\n", True),                          # empty output lines dropped
    ("1.0000001\n2\n", "1\n2\n", True),                    # one float per line: numpy.allclose
    ("2 1\n4 3\n", "3 4\n1 2\n", True),                    # sets of per-line token sets: order-free
    ("1 1 2\n", "2 1\n", True),                            # ... and repeats ignored
    ("0.3331 2\n", "0.333 2\n", True),                     # tokens rounded to 3 places
    ("1 2\n", "1 3\n", False),
    ("1.001\n", "1\n", False),                             # outside allclose and the 3-place rounding
    ("YES\n", "yes\n", False),                             # case counts
    ("1 2\n", "1\n2\n", False),                            # which tokens share a line counts
    ("1\n", "1\n  \n", True),                              # a whitespace-only line stripped away at the end
    ("1\n2\n", "1\n  \n2\n", False),                       # ... but inside it is an (empty) expected line
])
def test_apps_taco_checker(actual, expected, equal):
    assert outputs_equal(actual, expected, "strict", APPS) is equal


def test_lcb_checker_is_livecodebench_whatever_the_mode():
    lcb = Checker("lcb")
    assert outputs_equal(" 1.0 2 \n", "1 2.00", "strict", lcb)
    assert not outputs_equal("1 2\n", "1\n2\n", "strict", lcb)
    assert not outputs_equal("sNaN\n", "1\n", "strict", lcb)  # a signalling NaN is a wrong answer, not a crash


@pytest.mark.parametrize("checker,actual,expected,equal", [
    (APPS, "[9]", "9", True),               # one-element lists: wrapped or not, as the harness accepts
    (APPS, "9", "9", True),
    (APPS, "true", "1", True),              # Python equality
    (APPS, "[2, 1]", "[1, 2]", False),
    (APPS, "1", "[1, 2]", False),           # the harness would take R[0] here (documented difference)
    (Checker("lcb"), "true", "1", True),
    (Checker("lcb"), "[1.0, 2]", "[1, 2]", True),
    (Checker("lcb"), "[1, 2]", "[[1, 2]]", False),
    (None, "true", "1", False),             # without a checker a bool is never a number
])
def test_call_result_checkers(checker, actual, expected, equal):
    assert compare_json(actual, expected, checker) is equal


@pytest.mark.parametrize("result,printed,equal", [
    (35, "35", True),
    ([1, 2, 3], "1 2 3", True),
    ([[1, 3], [2, 4]], "1 3\n2 4", True),   # a matrix printed row by row
    ("geeks for", "geeks for", True),
    (True, "1", True), (True, "Yes", True), (False, "false", True),
    (2.5, "2.50", True),
    (1.6666666666666667, "1.67", True),     # printed with the expected token's decimals
    (3, "3.00", True),
    (1.66, "1.67", False),
    (36, "35", False),
    ([1, 2], "1 2 3", False),
    (True, "0", False),
    (None, "1", False),                     # a method that changed its argument in place
    ({"a": 1}, "1", False),
    ("Geeks", "geeks", False),
])
def test_gfg_checker(result, printed, equal):
    import json
    assert compare_json(json.dumps(result), printed, Checker("gfg")) is equal


def test_checker_records_and_old_rows():
    from codediv.records import Problem, RecordInvalid, Test
    assert Checker() == Checker("float", 1e-6, 1e-6) and Checker("apps").abs is None
    assert Checker.from_dict({"type": "float"}) == Checker()  # rows written before checker types still load
    assert Checker.from_dict({"type": "float", "abs": 0.01}).rel == 1e-6
    for bad in ({"type": "fuzzy"}, {"type": "apps", "abs": 1e-3}, {"type": "float", "tol": 1}, "float"):
        with pytest.raises(RecordInvalid):
            Checker.from_dict(bad)
    base = {"id": "x/1", "source": "x", "title": "t", "statement": "s", "style": "stdin",
            "tests": [{"input": "", "output": "1"}]}
    p = Problem.from_dict({**base, "checker": {"type": "code_contests"}, "top_level_return": True})
    assert Problem.from_dict(p.to_dict()) == p and p.checker == CC
    assert Problem.from_dict(base).top_level_return is False
    with pytest.raises(RecordInvalid, match="style must be 'call'"):
        Problem.from_dict({**base, "checker": {"type": "gfg"}})
    with pytest.raises(RecordInvalid, match="top_level_return"):
        Problem.from_dict({**base, "top_level_return": "yes"})
    assert Problem(id="x", source="x", title="t", statement="s", style="stdin", tests=(Test("", ""),)).checker is None
    assert Problem.from_dict(base).harness is None
    lcb = Problem.from_dict({**base, "harness": "lcb"})
    assert Problem.from_dict(lcb.to_dict()) == lcb
    with pytest.raises(RecordInvalid, match="field 'harness' is 'taco'; expected null or one of apps, lcb"):
        Problem.from_dict({**base, "harness": "taco"})


def test_tests_hash_covers_the_harness_and_is_unchanged_without_one():
    import dataclasses
    import hashlib
    import json
    from codediv.harness import PRELUDES
    from codediv.judge import tests_hash
    from codediv.records import Problem, Test
    plain = Problem(id="x", source="x", title="t", statement="s", style="stdin", tests=(Test("1\n", "1\n"),),
                    checker=CC, time_limit_s=2.0)
    old = json.dumps(["stdin", None, [["1\n", "1\n"]], dataclasses.asdict(CC), 2.0, None])  # the formula before harnesses
    assert tests_hash(plain) == hashlib.sha256(old.encode()).hexdigest()
    flagged = dataclasses.replace(plain, top_level_return=True)  # a row from before `harness` existed
    assert tests_hash(flagged) == hashlib.sha256((old[:-1] + ", true]").encode()).hexdigest()
    hashes = {tests_hash(dataclasses.replace(plain, harness=h)) for h in PRELUDES}
    assert len(hashes | {tests_hash(plain), tests_hash(flagged)}) == len(PRELUDES) + 2


def test_results_nested_too_deep_are_no_match_not_a_crash():
    import sys
    deep = "[" * (sys.getrecursionlimit() - 50) + "]" * (sys.getrecursionlimit() - 50)
    for checker in (None, Checker("apps"), Checker("lcb"), Checker("gfg"), Checker()):
        assert compare_json(deep, "[1]", checker) is False
