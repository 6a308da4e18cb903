"""External problem sources: each loader's mapping, filters, skipped-record accounting, the real
rows in tests/fixtures (copies of the project's shared fixtures), GeeksforGeeks conversion,
grading rules and the offline hub path. Real ``datasets``/``pyarrow``/``huggingface_hub``, on
local files (this machine cannot reach the Hub)."""
from __future__ import annotations

import base64
import dataclasses
import json
import os
import pickle
import zlib
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from codediv.records import Checker, Test, write_jsonl
from codediv.sources import KINDS, SourceConfigError, SourceUnavailable, load_source
from codediv.sources._common import Skip
from codediv.sources.hub import read_rows, resolve_files
from codediv.sources.livecodebench import decode_test_cases, problem_from_row as lcb_problem, release_files

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "sources"
REAL = Path(__file__).resolve().parent / "fixtures" / "real"
APPS_RAW = Path(__file__).resolve().parent / "fixtures" / "apps_raw"
LCB_RAW = Path(__file__).resolve().parent / "fixtures" / "livecodebench" / "format_fixture_cf1873A_raw.json"


def _jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _by_id(result) -> dict:
    return {p.id: p for p in result.problems}


@pytest.fixture
def taco_dir(tmp_path: Path) -> Path:
    """TACO's hub layout: ALL/train-*.parquet (the fixture rows) and ALL/test-*.parquet (one row)."""
    rows = _jsonl(FIXTURES / "taco_rows.jsonl")
    schema = pa.schema([(name, pa.string()) for name in rows[0]])  # TACO stores every field as a string
    (tmp_path / "ALL").mkdir()
    pq.write_table(pa.Table.from_pylist(rows, schema=schema), tmp_path / "ALL" / "train-00000-of-00001.parquet")
    pq.write_table(pa.Table.from_pylist(rows[-1:], schema=schema), tmp_path / "ALL" / "test-00000-of-00001.parquet")
    return tmp_path


@pytest.fixture
def code_contests_dir(tmp_path: Path) -> Path:
    rows = _jsonl(FIXTURES / "code_contests_rows.jsonl")
    (tmp_path / "data").mkdir()
    pq.write_table(pa.Table.from_pylist(rows), tmp_path / "data" / "train-00000-of-00001.parquet")
    return tmp_path


def taco_folder(tmp_path: Path, rows: list[dict], split: str = "train") -> Path:
    """TACO's hub layout (ALL/<split>-*.parquet, every field a string) holding ``rows``."""
    schema = pa.schema([(name, pa.string()) for name in rows[0]])
    (tmp_path / "ALL").mkdir(parents=True, exist_ok=True)
    pq.write_table(pa.Table.from_pylist(rows, schema=schema), tmp_path / "ALL" / f"{split}-00000-of-00001.parquet")
    return tmp_path


# --- TACO ----------------------------------------------------------------------------------

def test_taco_maps_stdin_and_call_rows(taco_dir: Path):
    res = load_source("taco", path=str(taco_dir))
    got = _by_id(res)
    assert sorted(got) == ["taco/train-00000", "taco/train-00001", "taco/train-00002",
                           "taco/train-00006", "taco/train-00007"]
    p = got["taco/train-00000"]
    assert (p.style, p.entry_point, p.title) == ("stdin", None, "Sort Lines")
    assert p.tests == (Test("2\nb\na\n", "a\nb"),)  # lists of lines joined, input newline-terminated
    assert p.solutions == ("n=int(input());print(*sorted(input() for _ in range(n)),sep='\\n')",)
    assert (p.difficulty, p.platform, p.contest_id, p.date) == ("easy", "codeforces", "1511", "2021-04-12")
    assert (p.time_limit_s, p.memory_limit_mb) == (4.0, None)  # TACO's grader: 4 s a test, no memory limit
    assert p.tags == ("Sorting", "Data structures", "sortings", "*800",
                      "contest-time-limit:1s", "contest-memory-limit:256MB")  # the contest's, kept
    even = got["taco/train-00001"]
    assert (even.style, even.entry_point, even.difficulty, even.platform) == ("call", "is_even", "medium", "codewars")
    assert even.tests == (Test("2", "true"), Test("3", "false"))  # one-element output lists unwrapped
    assert even.title == "abc123" and even.starter_code.startswith("def is_even")
    pairs = got["taco/train-00002"]
    assert pairs.tests == (Test("[1, 2, 3]\n4", "[1, 3]"),) and pairs.solutions == ()
    tree = got["taco/train-00006"]
    assert tree.tests == (Test("3 4\n", "7\n"),)
    assert (tree.difficulty, tree.platform, tree.contest_id) == ("hard", "atcoder", "abc200")
    assert (tree.time_limit_s, tree.memory_limit_mb) == (4.0, None)
    assert tree.tags == ("has-picture", "contest-time-limit:2.5s", "contest-memory-limit:1024MB")
    assert got["taco/train-00007"].difficulty is None
    contest = _by_id(load_source("taco", path=str(taco_dir), limits="contest"))
    assert [(q.time_limit_s, q.memory_limit_mb) for q in contest.values()] == \
        [(1.0, 256), (None, None), (None, None), (2.5, 1024), (None, None)]
    assert [q.tags for q in contest.values()] == [q.tags for q in got.values()]
    with pytest.raises(SourceConfigError, match="limits is 'judge'"):
        load_source("taco", path=str(taco_dir), limits="judge")


def test_taco_problems_carry_tacos_own_grading_and_run_semantics(taco_dir: Path):
    got = _by_id(load_source("taco", path=str(taco_dir)))
    assert {p.checker for p in got.values()} == {Checker("apps")}
    assert {p.harness for p in got.values()} == {"apps"}  # stdin and call programs run as TACO's harness runs them
    assert {p.top_level_return for p in got.values()} == {False}  # implied by the harness, not stored twice


def test_taco_geeksforgeeks_rows_become_call_problems_or_counted_skips(tmp_path: Path):
    res = load_source("taco", path=str(taco_folder(tmp_path, _jsonl(FIXTURES / "taco_gfg_rows.jsonl"))))
    got = _by_id(res)
    painters = got["taco/train-00000"]
    assert (painters.style, painters.entry_point, painters.checker) == ("call", "minTime", Checker("gfg"))
    # Arguments by name in the method's order (arr, n, k), not in the order the input lists them.
    assert painters.tests == (Test("[5, 10, 30, 20, 15]\n5\n3", "35"), Test("[10, 20, 30, 40]\n4\n2", "60"))
    assert painters.starter_code.startswith("#User function Template") and len(painters.solutions) == 2
    assert got["taco/train-00001"].tests == (Test('"abba"', "1"), Test('"abc"', "0"))  # quoted and bare strings
    assert got["taco/train-00002"].tests == (Test("[[1, 2], [3, 4]]\n2", "1 3\n2 4"),)  # a matrix across lines
    assert got["taco/train-00003"].tests == (Test("[1, 2, 2]\n3", "1.67"),)
    assert got["taco/train-00006"].tests == (Test("[1, 8, 7]\n3", "8"),)  # A[] is the one parameter left, arr
    assert not any(p.style == "stdin" for p in got.values())
    assert res.skipped == {"GeeksforGeeks row: linked-list or tree input": 1,
                           "GeeksforGeeks row: input names differ from the method's parameters": 1}


def test_taco_special_judge_rows_are_skipped_with_a_reason(tmp_path: Path):
    rows = [_jsonl(FIXTURES / "taco_rows.jsonl")[0]] * 11
    test_split = taco_folder(tmp_path / "a", rows, split="test")
    res = load_source("taco", path=str(test_split), split="test")
    # Rows 5 and 10 of TACO's test split are marked in its output_spj.jsonl; the rest are not.
    assert sorted(p.id for p in res.problems) == [f"taco/test-{i:05d}" for i in range(11) if i not in (5, 10)]
    assert res.skipped == {"needs a special judge": 2}
    assert len(load_source("taco", path=str(test_split), split="test", special_judge="keep").problems) == 11
    listing = tmp_path / "output_spj.jsonl"
    listing.write_text('{"idx": 0, "special_judge": false, "case": 0}\n{"idx": 1, "special_judge": true, "case": 2}\n')
    train = load_source("taco", path=str(taco_folder(tmp_path / "b", rows)), special_judge_list=str(listing))
    assert "taco/train-00001" not in _by_id(train) and train.skipped == {"needs a special judge": 1}
    assert load_source("taco", path=str(tmp_path / "b")).skipped == {}  # no list is published for train
    with pytest.raises(SourceConfigError, match="use exclude or keep"):
        load_source("taco", path=str(test_split), split="test", special_judge="drop")
    listing.write_text("not json\n")
    with pytest.raises(SourceConfigError, match="output_spj.jsonl"):
        load_source("taco", path=str(test_split), special_judge_list=str(listing))


def test_taco_counts_bad_rows_by_reason(taco_dir: Path):
    res = load_source("taco", path=str(taco_dir))
    assert res.skipped == {"no tests": 1, "undecodable tests": 1, "missing field question": 1}
    assert not res.filtered


def test_taco_filters_split_and_limit(taco_dir: Path):
    easy = load_source("taco", path=str(taco_dir), difficulties=["easy"])
    assert [p.id for p in easy.problems] == ["taco/train-00000"]
    assert easy.filtered == {"difficulty": 4}
    native = load_source("taco", path=str(taco_dir), difficulties=["MEDIUM_HARD"])
    assert [p.id for p in native.problems] == ["taco/train-00001"]
    first_two = load_source("taco", path=str(taco_dir), limit=2)
    assert [p.id for p in first_two.problems] == ["taco/train-00000", "taco/train-00001"]
    test_split = load_source("taco", path=str(taco_dir), split="test")
    assert [p.id for p in test_split.problems] == ["taco/test-00000"]
    with pytest.raises(ValueError, match="unknown TACO difficulty"):
        load_source("taco", path=str(taco_dir), difficulties=["trivial"])


# --- APPS ----------------------------------------------------------------------------------

def test_apps_raw_fixture_loads_five_problems():
    res = load_source("apps", path=str(APPS_RAW))
    assert not res.skipped and len(res.problems) == 5
    got = _by_id(res)
    assert sorted(got) == ["apps/train-0001", "apps/train-0111", "apps/train-2287",
                           "apps/train-2404", "apps/train-4184"]
    cf = got["apps/train-0001"]
    assert (cf.style, cf.difficulty, cf.platform, cf.contest_id, cf.title) == \
        ("stdin", "medium", "codeforces", "1036", "1036/B")
    assert cf.tests == (Test("3\n2 2 3\n4 3 7\n10 1 9\n", "1\n6\n-1\n"),) and len(cf.solutions) > 1
    assert (got["apps/train-2287"].difficulty, got["apps/train-2287"].contest_id) == ("hard", "arc063")
    leet = got["apps/train-2404"]
    assert (leet.style, leet.entry_point, leet.platform, leet.difficulty) == \
        ("call", "findKthPositive", "leetcode", "easy")
    assert leet.tests == (Test("[2, 3, 4, 7, 11]\n5", "9"),) and "class Solution" in leet.starter_code
    kata = got["apps/train-4184"]
    assert kata.entry_point == "is_prime" and kata.platform == "codewars"
    assert [t.output for t in kata.tests][:3] == ["false", "true", "true"]
    assert {p.checker for p in got.values()} == {Checker("apps")}
    assert {(p.harness, p.time_limit_s, p.memory_limit_mb) for p in got.values()} == {("apps", 4.0, None)}


def test_apps_hub_rows_use_the_same_mapping_and_skip_bad_rows(tmp_path: Path):
    good = {"problem_id": 7, "question": "Add.", "solutions": json.dumps(["print(sum(map(int,input().split())))"]),
            "starter_code": "", "input_output": json.dumps({"inputs": ["1 2\n"], "outputs": ["3\n"]}),
            "difficulty": "competition", "url": "https://codeforces.com/problemset/problem/4/A"}
    bad = [{**good, "problem_id": 8, "input_output": "[1, 2]"}, {**good, "problem_id": 9, "question": 42},
           {**good, "problem_id": 10, "solutions": "not json"}, {**good, "problem_id": None}]
    (tmp_path / "train.jsonl").write_text("".join(json.dumps(r) + "\n" for r in [good, *bad]))
    res = load_source("apps", path=str(tmp_path))
    (p,) = res.problems
    assert (p.id, p.difficulty, p.contest_id, p.tests) == ("apps/train-0007", "hard", "4", (Test("1 2\n", "3\n"),))
    assert res.skipped == {"undecodable tests": 1, "wrong type for field question": 1,
                           "undecodable solutions": 1, "missing field problem_id": 1}
    assert load_source("apps", path=str(tmp_path), difficulties=["interview"]).filtered == {"difficulty": 4}


# --- CodeContests --------------------------------------------------------------------------

def test_code_contests_maps_tests_solutions_and_metadata(code_contests_dir: Path):
    res = load_source("code_contests", path=str(code_contests_dir))
    got = _by_id(res)
    p = got["code_contests/codeforces/1548_C. The Three Little Pigs"]
    assert p.style == "stdin" and p.title == "1548_C. The Three Little Pigs"
    assert p.tests == (Test("1 2\n", "3\n"), Test("5 5\n", "10\n"), Test("0 0\n", "0\n"), Test("7 1\n", "8\n"))
    assert p.solutions == ("print(sum(map(int,input().split())))", "a,b=map(int,input().split());print(a+b)")
    assert (p.platform, p.contest_id, p.difficulty) == ("codeforces", "1548", "medium")
    assert (p.time_limit_s, p.memory_limit_mb) == (10.0, 256)  # the tester's TestOptions, whatever the row says
    assert p.tags == ("math", "combinatorics", "contest-time-limit:2.5s",
                      "contest-memory-limit:256MB")  # 256000000 bytes: Codeforces' "256 megabytes"
    assert (p.checker, p.harness) == (Checker("code_contests"), None)  # run as plain `python main.py`
    atc = got["code_contests/atcoder/p02581 Add"]
    assert (atc.platform, atc.contest_id, atc.difficulty, atc.time_limit_s, atc.memory_limit_mb, atc.tags) == \
        ("atcoder", None, None, 10.0, 256, ())
    contest = _by_id(load_source("code_contests", path=str(code_contests_dir), limits="contest"))
    assert (contest[p.id].time_limit_s, contest[p.id].memory_limit_mb) == (2.5, 256)
    assert (contest[atc.id].time_limit_s, contest[atc.id].memory_limit_mb) == (None, None)  # unknown
    chef = contest["code_contests/codechef/CHEFSUM"]
    assert (chef.platform, chef.difficulty, chef.memory_limit_mb) == ("codechef", "easy", 256)  # 2**28 bytes: 256 MiB
    assert got["code_contests/codeforces/GENONLY"].difficulty == "hard"
    assert res.skipped == {"no tests": 1, "file i/o": 1, "missing field description": 1}


def test_code_contests_names_repeating_across_sources_keep_both(tmp_path: Path):
    row = _jsonl(FIXTURES / "code_contests_rows.jsonl")[2]  # CHEFSUM, CodeChef
    rows = [row, row | {"source": 6, "description": "Another story."}, row]
    (tmp_path / "data").mkdir()
    pq.write_table(pa.Table.from_pylist(rows), tmp_path / "data" / "train-00000-of-00001.parquet")
    res = load_source("code_contests", path=str(tmp_path))
    assert [p.id for p in res.problems] == ["code_contests/codechef/CHEFSUM", "code_contests/aizu/CHEFSUM"]
    assert res.skipped == {"duplicate id": 1}  # the same row twice is still one problem


@pytest.mark.parametrize("nbytes,mb", [(256000000, 256), (512000000, 512), (268435456, 256), (64 << 20, 64),
                                       (250000, 1), ((256 << 20) + 1, 257), (0, None), (None, None)])
def test_code_contests_memory_in_the_unit_the_dataset_means(nbytes, mb):
    from codediv.sources.code_contests import memory_limit_mb
    assert memory_limit_mb(nbytes) == mb


def test_code_contests_without_generated_tests(code_contests_dir: Path):
    res = load_source("code_contests", path=str(code_contests_dir), include_generated=False, limit=3)
    assert len(_by_id(res)["code_contests/codeforces/1548_C. The Three Little Pigs"].tests) == 2
    every = load_source("code_contests", path=str(code_contests_dir), include_generated=False)
    assert "code_contests/codeforces/GENONLY" not in _by_id(every) and every.skipped["no tests"] == 2
    with pytest.raises(ValueError, match="unknown CodeContests split"):
        load_source("code_contests", path=str(code_contests_dir), split="validation")


# --- LiveCodeBench -------------------------------------------------------------------------

def test_livecodebench_stdin_functional_and_encoded_private_tests():
    res = load_source("livecodebench", path=str(FIXTURES / "livecodebench"), release="release_v1")
    got = _by_id(res)
    assert sorted(got) == ["livecodebench/abc364_g", "livecodebench/abc365_a", "livecodebench/abc394_b",
                           "livecodebench/two-sum"]
    abc = got["livecodebench/abc365_a"]
    assert abc.tests == (Test("1 2\n", "3\n"), Test("5 5\n", "10\n"), Test("0 0\n", "0\n"))  # public + decoded private
    assert (abc.style, abc.platform, abc.contest_id, abc.date, abc.difficulty) == \
        ("stdin", "atcoder", "abc365", "2024-08-10", "easy")
    ts = got["livecodebench/two-sum"]
    assert (ts.style, ts.entry_point, ts.platform, ts.date) == ("call", "twoSum", "leetcode", "2024-09-01")
    assert ts.tests == (Test("[2, 7, 11, 15]\n9", "[0, 1]"), Test("[3, 3]\n6", "[0, 1]"))
    assert ts.starter_code.startswith("class Solution:")
    assert {p.checker for p in got.values()} == {Checker("lcb")}
    # LiveCodeBench's harness and limits: its prelude, 6 s a test, no memory limit of its own
    assert {(p.harness, p.time_limit_s, p.memory_limit_mb) for p in got.values()} == {("lcb", 6.0, None)}


def test_livecodebench_releases_select_files():
    assert release_files("release_v1") == ["test.jsonl"]
    assert release_files("release_v3") == ["test.jsonl", "test2.jsonl", "test3.jsonl"]
    assert release_files("release_v6")[-1] == "test6.jsonl" and len(release_files("release_v6")) == 6
    assert release_files("v4") == ["test4.jsonl"] and release_files(["test5.jsonl"]) == ["test5.jsonl"]
    # Every version span of the dataset's loading script, v1_v2 ... v5_v6: versions A to B inclusive.
    assert release_files("v1_v2") == ["test.jsonl", "test2.jsonl"]
    assert release_files("v4_v5") == ["test4.jsonl", "test5.jsonl"]
    assert release_files("v2_v5") == ["test2.jsonl", "test3.jsonl", "test4.jsonl", "test5.jsonl"]
    assert release_files("v5_v6") == ["test5.jsonl", "test6.jsonl"]
    spans = [f"v{a}_v{b}" for a in range(1, 7) for b in range(a + 1, 7)]
    assert len(spans) == 15 and all(release_files(t) for t in spans)
    for bad in ("v2_v1", "v3_v3", "release_v5_v6", "v0_v2", "v6_v7"):
        with pytest.raises(SourceConfigError, match="unknown LiveCodeBench release"):
            release_files(bad)
    v1v2 = load_source("livecodebench", path=str(FIXTURES / "livecodebench"), release="v1_v2")
    assert len(v1v2.problems) == 5
    v2 = load_source("livecodebench", path=str(FIXTURES / "livecodebench"), release="release_v2")
    assert len(v2.problems) == 5 and v2.skipped == {"undecodable tests": 1, "missing func_name": 1}
    only2 = load_source("livecodebench", path=str(FIXTURES / "livecodebench"), release="v2")
    assert [p.id for p in only2.problems] == ["livecodebench/1999_B"]
    with pytest.raises(ValueError, match="unknown LiveCodeBench release"):
        release_files("release_v9")


def test_livecodebench_platform_date_and_difficulty_filters():
    res = load_source("livecodebench", path=str(FIXTURES / "livecodebench"), release="release_latest",
                      platforms=["AtCoder"], date_from="2024-08-01", date_to="2025-03-01")
    assert [p.id for p in res.problems] == ["livecodebench/abc365_a"]  # 2025-03-01 excluded, 2024-07-31 too
    assert res.filtered == {"platform": 3, "date": 2}
    assert res.skipped == {"undecodable tests": 1}  # abc370_c is in the window but its pickle is hostile
    medium = load_source("livecodebench", path=str(FIXTURES / "livecodebench"), difficulties=["medium"])
    assert sorted(p.id for p in medium.problems) == ["livecodebench/1999_B", "livecodebench/two-sum"]
    with pytest.raises(ValueError, match="ISO date"):
        load_source("livecodebench", path=str(FIXTURES / "livecodebench"), date_from="August 2024")


class _RunsCommand:
    def __init__(self, command: str):
        self.command = command

    def __reduce__(self):
        return (os.system, (self.command,))


def test_livecodebench_pickle_with_a_global_is_refused_and_never_runs(tmp_path: Path):
    marker = tmp_path / "pwned"
    blob = base64.b64encode(zlib.compress(pickle.dumps(_RunsCommand(f"touch {marker}")))).decode()
    with pytest.raises(pickle.UnpicklingError, match="only plain values"):
        decode_test_cases(blob)
    row = _jsonl(FIXTURES / "livecodebench" / "test.jsonl")[0] | {"private_test_cases": blob}
    with pytest.raises(Skip) as info:
        lcb_problem(row)
    assert info.value.reason == "undecodable tests" and not marker.exists()
    plain = base64.b64encode(zlib.compress(pickle.dumps(json.dumps([{"input": "1\n", "output": "1\n"}])))).decode()
    assert decode_test_cases(plain) == [{"input": "1\n", "output": "1\n"}]


def test_livecodebench_real_fixture_decodes_its_private_tests(tmp_path: Path):
    row = json.loads(LCB_RAW.read_text(encoding="utf-8"))
    p = lcb_problem(row)
    assert (p.id, p.style, p.platform, p.contest_id, p.date, p.difficulty) == \
        ("livecodebench/1873_A", "stdin", "codeforces", "1873", "2023-08-21", "easy")
    assert len(p.tests) == 5 and p.tests[1] == Test("1\nabc\n", "YES\n")
    one_row = tmp_path / "one.jsonl"
    one_row.write_text(json.dumps(row) + "\n")
    res = load_source("livecodebench", path=str(one_row))
    assert [q.tests for q in res.problems] == [p.tests]


# --- the real rows (tests/fixtures/real, laid out as on the hub) ----------------------------

def test_real_rows_load_with_their_sources_rules():
    taco = load_source("taco", path=str(REAL / "taco"))
    (p,) = taco.problems
    assert (p.id, p.style, p.checker, p.harness, len(p.solutions)) == \
        ("taco/train-00000", "stdin", Checker("apps"), "apps", 2)
    assert p.tests[3].output.startswith("\n4 3 2 1")  # the expected output with a leading empty line
    apps = load_source("apps", path=str(REAL / "apps"))
    assert sorted(_by_id(apps)) == ["apps/train-0000", "apps/train-0001", "apps/train-0111",
                                    "apps/train-2404", "apps/train-4184"] and not apps.skipped
    cc = _by_id(load_source("code_contests", path=str(REAL / "code_contests")))
    assert sorted(cc) == ["code_contests/codeforces/1000_A. Codehorses T-shirts",
                          "code_contests/codeforces/1179_E. Alesya and Discrete Math",
                          "code_contests/codeforces/76_B. Mice", "code_contests/unknown/Sorting Andi and Budi Books Problem"]
    mice = cc["code_contests/codeforces/76_B. Mice"]
    assert (mice.time_limit_s, mice.memory_limit_mb, mice.checker) == (10.0, 256, Checker("code_contests"))
    assert mice.tags[-2:] == ("contest-time-limit:0.5s", "contest-memory-limit:256MB")


def test_grading_judge_removes_only_the_sources_rules(tmp_path: Path):
    cc = load_source("code_contests", path=str(REAL / "code_contests"), grading="judge")
    assert {p.checker for p in cc.problems} == {None}
    gfg = load_source("taco", path=str(taco_folder(tmp_path, _jsonl(FIXTURES / "taco_gfg_rows.jsonl"))),
                      grading="judge")
    assert {p.checker for p in gfg.problems} == {Checker("gfg")}  # printed text stays readable
    from codediv.sources import graded_by_judge
    own = lcb_problem(_jsonl(FIXTURES / "livecodebench" / "test.jsonl")[0])
    assert graded_by_judge(own).checker is None
    # only the comparison changes: programs still run as the dataset's harness runs them
    assert (graded_by_judge(own).harness, graded_by_judge(own).time_limit_s) == ("lcb", 6.0)
    tolerant = graded_by_judge(dataclasses.replace(own, checker=Checker("float", abs=1e-3)))
    assert tolerant.checker == Checker("float", abs=1e-3, rel=1e-6)  # a problem's own tolerance stays
    with pytest.raises(SourceConfigError, match="use source"):
        load_source("code_contests", path=str(REAL / "code_contests"), grading="strict")


# --- canonical JSONL, registry, hub --------------------------------------------------------

def test_jsonl_counts_bad_lines_and_keeps_their_messages(tmp_path: Path):
    res = load_source("jsonl", path=str(FIXTURES / "canonical.jsonl"))
    assert [p.id for p in res.problems] == ["mine/a", "mine/c"]
    assert res.skipped == {"not valid JSON": 1, "missing field 'tests'": 1, "duplicate id": 1}
    assert any(m.endswith("canonical.jsonl:2: not valid JSON (Expecting property name enclosed in double quotes "
                          "at column 2)") for m in res.messages)
    (tmp_path / "a.jsonl").write_bytes((FIXTURES / "canonical.jsonl").read_bytes())
    write_jsonl(tmp_path / "b.jsonl.gz", [res.problems[0].to_dict() | {"id": "mine/z"}])
    folder = load_source("jsonl", path=str(tmp_path))
    assert [p.id for p in folder.problems] == ["mine/a", "mine/c", "mine/z"] and sum(folder.skipped.values()) == 3
    assert [p.id for p in load_source("jsonl", path=str(tmp_path), limit=1).problems] == ["mine/a"]
    with pytest.raises(SourceUnavailable, match="not a JSONL file or a folder"):
        load_source("jsonl", path=str(FIXTURES / "livecodebench" / "nothing-here"))


def test_registry_dispatches_and_rejects_unknowns():
    assert set(KINDS) == {"taco", "apps", "code_contests", "livecodebench", "humaneval", "jsonl", "builtin"}
    with pytest.raises(ValueError, match="known kinds: taco, apps"):
        load_source("mbpp")
    with pytest.raises(ValueError, match="has no option"):
        load_source("taco", dificulties=["easy"])
    he = load_source("humaneval", limit=2)
    assert [p.id for p in he.problems] == ["humaneval/0", "humaneval/1"] and not he.skipped
    with pytest.raises(ValueError, match="takes no path"):
        load_source("builtin", path="x.jsonl")


def test_registry_wraps_the_builtin_problems():
    import codediv.records

    if not (Path(codediv.records.__file__).parent / "data" / "builtin_train.jsonl.gz").exists():
        pytest.skip("the built-in problem data is not built in this checkout (tools/build_builtin.py)")
    assert len(load_source("builtin", split="train", limit=3).problems) == 3


@pytest.mark.parametrize("kind,hub_id", [("taco", "BAAI/TACO"), ("apps", "codeparrot/apps"),
                                         ("code_contests", "deepmind/code_contests"),
                                         ("livecodebench", "livecodebench/code_generation_lite")])
def test_offline_hub_id_is_one_clear_sentence(monkeypatch, tmp_path: Path, kind: str, hub_id: str):
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.chdir(tmp_path)  # so the id cannot be mistaken for a local folder
    with pytest.raises(SourceUnavailable) as info:
        load_source(kind)
    msg = str(info.value)
    assert hub_id in msg and "HF_HUB_OFFLINE" in msg and "set the source's `path`" in msg
    assert "\n" not in msg and ". " not in msg  # one sentence


def test_hub_id_reads_a_cached_snapshot_offline(monkeypatch, tmp_path: Path):
    """The real huggingface_hub resolves a dataset id from its cache with no network at all."""
    import huggingface_hub.constants

    repo = tmp_path / "datasets--livecodebench--code_generation_lite"
    commit = "0123456789abcdef0123456789abcdef01234567"
    (repo / "refs").mkdir(parents=True)
    (repo / "refs" / "main").write_text(commit)
    (repo / "snapshots" / commit).mkdir(parents=True)
    (repo / "blobs").mkdir()
    for name in ("test.jsonl", "test2.jsonl"):  # the cache's layout: snapshot entries link to blobs
        blob = repo / "blobs" / f"{name}-blob"
        blob.write_bytes((FIXTURES / "livecodebench" / name).read_bytes())
        (repo / "snapshots" / commit / name).symlink_to(Path("..", "..", "blobs", blob.name))
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setattr(huggingface_hub.constants, "HF_HUB_CACHE", str(tmp_path))  # what HF_HUB_CACHE sets
    monkeypatch.chdir(tmp_path)
    res = load_source("livecodebench", release="release_v2")
    assert len(res.problems) == 5
    with pytest.raises(SourceUnavailable, match="lacks test3.jsonl of the requested release"):
        load_source("livecodebench", release="release_v3")


def test_resolve_files_locally_and_unreadable_files(tmp_path: Path):
    (tmp_path / "ALL").mkdir()
    for name in ("ALL/train-1.parquet", "ALL/train-0.parquet", "ALL/test-0.parquet", "notes.txt"):
        (tmp_path / name).write_text("x")
    assert resolve_files(str(tmp_path), ["ALL/train-*.parquet"]) == \
        [tmp_path / "ALL/train-0.parquet", tmp_path / "ALL/train-1.parquet"]
    assert resolve_files(str(tmp_path / "notes.txt"), ["*.parquet"]) == [tmp_path / "notes.txt"]
    with pytest.raises(SourceUnavailable, match="has no files matching data/"):
        resolve_files(str(tmp_path), ["data/*.parquet"])
    with pytest.raises(SourceUnavailable, match="cannot read .*train-0.parquet"):
        list(read_rows([tmp_path / "ALL/train-0.parquet"]))
    with pytest.raises(SourceUnavailable, match="unsupported file type"):
        list(read_rows([tmp_path / "notes.txt"]))
    (tmp_path / "broken.jsonl").write_text('{"a": 1}\n{oops\n')
    with pytest.raises(SourceUnavailable, match="cannot read .*broken.jsonl"):
        list(read_rows([tmp_path / "broken.jsonl"]))
