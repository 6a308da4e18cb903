"""Problem/solution records: validation, JSONL round trips, bad lines reported as file:line."""
from __future__ import annotations

import json

import pytest

from codediv.records import (JudgeResult, Problem, RecordInvalid, TestOutcome, load_problems,
                             load_solutions, write_jsonl)

GOOD = {"id": "x/1", "source": "jsonl", "title": "t", "statement": "s", "style": "stdin",
        "tests": [{"input": "1\n", "output": "1\n"}], "checker": {"type": "float", "abs": 1e-3, "rel": 0}}


def test_round_trip(tmp_path):
    p = Problem.from_dict(GOOD)
    write_jsonl(tmp_path / "p.jsonl.gz", [p])
    rep = load_problems(tmp_path / "p.jsonl.gz")
    assert rep.errors == [] and rep.records == [p]
    assert rep.records[0].checker.abs == 1e-3


def test_gzip_output_is_byte_identical(tmp_path):
    p = Problem.from_dict(GOOD)
    write_jsonl(tmp_path / "a.jsonl.gz", [p])
    write_jsonl(tmp_path / "b.jsonl.gz", [p])
    assert (tmp_path / "a.jsonl.gz").read_bytes() == (tmp_path / "b.jsonl.gz").read_bytes()


@pytest.mark.parametrize("change,reason", [
    ({"style": "weird"}, "style"),
    ({"tests": []}, "at least one test"),
    ({"tests": [{"input": 1, "output": "x"}]}, r"tests\[0\]"),
    ({"title": 5}, "'title' must be a string"),
    ({"bogus": 1}, "unknown field"),
    ({"style": "call"}, "entry_point"),
    ({"checker": {"type": "regex"}}, "checker"),
])
def test_invalid_problem(change, reason):
    with pytest.raises(RecordInvalid, match=reason):
        Problem.from_dict({**GOOD, **change})


def test_a_row_with_only_id_and_tests_loads_with_the_documented_defaults():
    p = Problem.from_dict({"id": "mine/1", "tests": [{"input": "1\n", "output": "1\n"}]})
    assert (p.source, p.title, p.statement, p.style, p.entry_point, p.solutions, p.tags) == \
        ("jsonl", "mine/1", "", "stdin", None, (), ())
    call = Problem.from_dict({"id": "mine/2", "style": "call", "entry_point": "f", "tests": [{"input": "1", "output": "1"}]})
    assert (call.style, call.entry_point, call.title) == ("call", "f", "mine/2")
    for row, reason in [({"tests": []}, "missing field 'id'"), ({"id": "x"}, "missing field 'tests'"),
                        ({"id": "x", "style": "call", "tests": [{"input": "", "output": ""}]}, "entry_point"),
                        ({"id": 3, "tests": [{"input": "", "output": ""}]}, "'id' must be a string")]:
        with pytest.raises(RecordInvalid, match=reason):
            Problem.from_dict(row)


def test_bad_lines_are_reported_and_others_load(tmp_path):
    f = tmp_path / "p.jsonl"
    lines = [json.dumps(GOOD), "{not json", json.dumps({**GOOD, "id": "x/2", "tests": []}),
             "", json.dumps({**GOOD, "id": "x/3"})]
    f.write_text("\n".join(lines) + "\n")
    rep = load_problems(f)
    assert [p.id for p in rep.records] == ["x/1", "x/3"]
    assert len(rep.errors) == 2
    assert rep.errors[0].startswith(f"{f}:2: not valid JSON")
    assert rep.errors[1].startswith(f"{f}:3: ") and "at least one test" in rep.errors[1]


def test_solutions(tmp_path):
    f = tmp_path / "s.jsonl"
    f.write_text('{"problem_id": "a", "code": "print(1)"}\n{"problem_id": "a", "sample_id": "x", "code": ""}\n'
                 '{"code": "x"}\n')
    rep = load_solutions(f)
    assert [(s.problem_id, s.sample_id) for s in rep.records] == [("a", 0)]
    assert [e.split(": ", 1)[0] for e in rep.errors] == [f"{f}:2", f"{f}:3"]


def test_missing_file_is_a_clear_error(tmp_path):
    with pytest.raises(FileNotFoundError, match="does not exist"):
        load_problems(tmp_path / "nope.jsonl")


def test_judge_result_round_trip():
    r = JudgeResult("a", 1, "WA", 1, 2, (TestOutcome("AC", 0.1), TestOutcome("WA", 0.2)), "x")
    assert JudgeResult.from_dict(json.loads(json.dumps(r.to_dict()))) == r
