"""The data stage: matched arms, splits, verification, dedup, decontamination, determinism."""
from __future__ import annotations

import dataclasses
import json
import logging
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from codediv.cli import main
from codediv.config import load_config
from codediv.dataset import DataError, run_data, stratified_order, verification_warning
from codediv.diversity import distance, most_diverse
from codediv.records import Problem, Test, write_jsonl

FAST = ["data.verify=false", "data.budget=60"]
ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def build(tmp_path: Path, overrides: list[str], name: str = "run") -> tuple[dict, Path]:
    cfg = load_config(None, overrides)
    path = run_data(cfg, tmp_path / name, progress=False)
    return json.loads(path.read_text()), tmp_path / name / "data"


def rows(path: Path) -> list[dict]:
    return [json.loads(x) for x in path.read_text().splitlines()]


def test_arms_match_on_examples_and_difficulty(tmp_path):
    m, data = build(tmp_path, FAST)
    deep, div = m["arms"]["deep"], m["arms"]["diverse"]
    assert (deep["k"], deep["problems"], deep["examples"]) == (1, 60, 60)
    assert (div["k"], div["problems"], div["examples"]) == (5, 12, 60)
    # Both arms follow the same difficulty mix: shares differ by at most one of Diverse's 12 problems.
    assert set(deep["difficulty"]) == set(div["difficulty"]) == {"easy", "medium", "hard"}
    for d in deep["difficulty"]:
        assert abs(deep["difficulty"][d] / 60 - div["difficulty"][d] / 12) <= 1 / 12 + 1e-9, d
    assert div["mean_diversity"] > 0.25 and deep["mean_diversity"] == 0.0
    # Splits are by problem: no problem in two splits, and every row is a chat with an answer.
    for arm in ("deep", "diverse"):
        ids = {s: {r["problem_id"] for r in rows(data / arm / f"{s}.jsonl")} for s in ("train", "val", "test")}
        assert not ids["train"] & ids["val"] and not ids["train"] & ids["test"] and not ids["val"] & ids["test"]
        r = rows(data / arm / "train.jsonl")[0]
        assert [m_["role"] for m_ in r["messages"]] == ["system", "user", "assistant"]
        assert r["messages"][2]["content"].startswith("```python\n")
    diverse_rows = rows(data / "diverse" / "train.jsonl")
    per_problem = {}
    for r in diverse_rows:
        per_problem.setdefault(r["problem_id"], set()).add(r["solution_index"])
    assert all(len(v) == 5 for v in per_problem.values())
    bench = rows(data / "benchmark.jsonl")
    assert {t for b in bench for t in b["tags"] if t.startswith("bench:")} == {"bench:selection", "bench:report"}


def test_same_inputs_give_byte_identical_files(tmp_path):
    m1, d1 = build(tmp_path, FAST, "a")
    m2, d2 = build(tmp_path, FAST, "b")
    assert m1 == m2
    for f in sorted(d1.rglob("*.jsonl")):
        assert f.read_bytes() == (d2 / f.relative_to(d1)).read_bytes()
    m3, _ = build(tmp_path, FAST + ["seed=1"], "c")
    assert m3["outputs"] != m1["outputs"]


def test_token_budget_matching(tmp_path):
    m, _ = build(tmp_path, ["data.verify=false", "data.budget_by=tokens", "data.budget=20000"])
    toks = [a["tokens"] for a in m["arms"].values()]
    # Each arm stops at the prefix closest to the budget: within half a problem's examples.
    assert all(abs(t - 20000) < 1500 for t in toks), toks


def test_sweep_arms(tmp_path):
    m, _ = build(tmp_path, ["data.verify=false", "data.budget=20", "data.sweep_k=[1,2,5]"])
    assert {n: (a["k"], a["problems"], a["examples"]) for n, a in m["arms"].items()} == {
        "k1": (1, 20, 20), "k2": (2, 10, 20), "k5": (5, 4, 20)}


def test_budget_too_large_is_a_clear_error(tmp_path):
    with pytest.raises(DataError, match="lower data.budget"):
        build(tmp_path, ["data.verify=false", "data.budget=5000"])


def _problem(pid: str, statement: str, sols: list[str], difficulty: str = "easy") -> Problem:
    return Problem(id=pid, source="jsonl", title=pid, statement=statement, style="stdin",
                   tests=(Test("2 3\n", "5\n"), Test("10 -4\n", "6\n")), solutions=tuple(sols),
                   difficulty=difficulty)


def test_verification_dedup_and_decontamination(tmp_path):
    add = "a, b = map(int, input().split())\nprint(a + b)"
    good = [add, "x, y = map(int, input().split())  # renamed copy\nprint(x + y)",
            "import sys\nprint(sum(map(int, sys.stdin.read().split())))",
            "print(eval(input().replace(' ', '+')))", "print(sum(int(t) for t in input().split()))",
            "a, b = input().split()\nprint(int(a) + int(b))"]
    wrong = ["print(5)", "a, b = map(int, input().split())\nprint(a - b)", "print(1/0)"]
    probs = [_problem(f"jsonl/p{i}", f"Task number {i}: read two integers and print their sum, variant {i} "
                      f"with its own story about item {i} and some more words here", good + wrong,
                      ["easy", "medium"][i % 2]) for i in range(6)]
    from codediv.sources.builtin import load_builtin
    leaked = load_builtin("bench")[0]
    probs.append(_problem("jsonl/leak", leaked.statement, good))
    write_jsonl(tmp_path / "pool.jsonl", probs)
    m, _ = build(tmp_path, [f"data.sources=[{{kind: jsonl, path: {tmp_path / 'pool.jsonl'}}}]",
                            "data.budget=5", "data.arms=[{name: deep, k: 1}, {name: diverse, k: 5}]",
                            "data.dedup_problems=false", "data.splits=[1.0, 0.0, 0.0]"])
    st = m["stats"]
    assert [c["train_id"] for c in st["decontaminated"]] == ["jsonl/leak"]
    assert st["decontaminated"][0]["bench_id"] == leaked.id
    assert st["solutions"]["duplicates_collapsed"] == 6  # the renamed copy, once per problem
    assert st["verification"]["candidates"] == 6 * 8
    assert st["verification"]["verdicts"] == {"AC": 30, "RE": 6, "WA": 12}
    assert st["verification"]["by_source"]["jsonl"] | {"rejected_problem_ids": []} == {
        "problems_tried": 6, "solutions_tried": 48, "accepted": 30, "rejected": {"RE": 6, "WA": 12},
        "problems_lost": 0, "lost_problem_ids": [], "rejected_problem_ids": []}
    assert st["eligible_problems"] == 6
    # The wrong solutions are 37% of this source's candidates: the stage says so in one sentence.
    assert m["warning"].startswith("Verification dropped reference data: jsonl rejected 18 of 48")


def test_near_duplicate_problems_merge(tmp_path):
    text = "Read two integers A and B from standard input and print the value of A plus B on one line please"
    probs = [_problem("jsonl/a", text, ["print(sum(map(int, input().split())))"]),
             _problem("jsonl/b", text + " now", ["a, b = map(int, input().split())\nprint(a + b)"])]
    write_jsonl(tmp_path / "pool.jsonl", probs)
    m, _ = build(tmp_path, [f"data.sources=[{{kind: jsonl, path: {tmp_path / 'pool.jsonl'}}}]", "data.budget=2",
                            "data.arms=[{name: b, k: 2}]", "data.splits=[1.0, 0.0, 0.0]"])
    assert m["stats"]["merged_duplicate_problems"] == 1, m["stats"]
    assert m["arms"]["b"]["problems"] == 1 and m["arms"]["b"]["examples"] == 2


def test_most_diverse_prefers_different_algorithms():
    base = "n = int(input())\nprint(n * (n + 1) // 2)"
    codes = [base, "m = int(input())  # same algorithm, renamed\nprint(m * (m + 1) // 2)", "n = int(input())\nt = 0\nfor i in range(n + 1):\n    t += i\nprint(t)",
             "print(sum(range(int(input()) + 1)))"]
    assert distance(codes[0], codes[1]) == 0.0
    pick = most_diverse(codes, 3)
    assert not {0, 1} <= set(pick)


def test_stratified_order_prefixes_follow_target():
    probs = [_problem(f"p{i}", "s", ["x"], d) for i, d in enumerate(["easy"] * 50 + ["hard"] * 50)]
    order = stratified_order(probs, {"easy": 0.75, "hard": 0.25}, "s")
    first = order[:20]
    assert sum(p.difficulty == "easy" for p in first) == 15


def test_cli_data_build_and_stats(tmp_path):
    rd = tmp_path / "run"
    r = CliRunner().invoke(main, ["data", "build", "--run-dir", str(rd), *FAST])
    assert r.exit_code == 0, r.output
    assert "diverse" in r.output and (rd / "config.yaml").exists()
    s = CliRunner().invoke(main, ["data", "stats", "--run-dir", str(rd), "--json"])
    assert json.loads(s.output)["deep"]["examples"] == 60
    bad = CliRunner().invoke(main, ["data", "build", "--run-dir", str(rd), "data.bogus=1"])
    assert bad.exit_code == 2 and "unknown key data.bogus" in bad.output
    # Errors raised deep inside a stage (here: a source option) also end in one line, exit 2.
    src = CliRunner().invoke(main, ["data", "build", "--run-dir", str(rd), "data.verify=false",
                                    "data.sources=[{kind: taco, options: {split: nope}}]"])
    assert src.exit_code == 2 and "unknown TACO split" in src.output and "Traceback" not in src.output


# -- verification accounting and its warning ------------------------------------------------------------

GOOD = ["print(sum(map(int, input().split())))", "a, b = map(int, input().split())\nprint(a + b)"]


def _sourced(source: str, i: int, sols: list[str]) -> Problem:
    p = _problem(f"{source}/p{i}", f"Story {i} of {source}: read two integers and print their sum, in a statement "
                 f"long enough to be its own problem number {i}", sols)
    return dataclasses.replace(p, source=source)


def _accounting(tried: int, accepted: int, lost: int, rejected: dict) -> dict:
    return {"problems_tried": 10, "solutions_tried": tried, "accepted": accepted, "rejected": rejected,
            "problems_lost": lost, "lost_problem_ids": [f"s/p{i}" for i in range(lost)],
            "rejected_problem_ids": ["s/p9"] if rejected else []}


def test_verification_warning_thresholds():
    assert verification_warning({"s": _accounting(100, 98, 0, {"WA": 2})}) is None  # 2% is not more than 2%
    three = verification_warning({"s": _accounting(100, 97, 0, {"TLE": 1, "WA": 2})})
    assert "s rejected 3 of 100 reference solutions (3%: 1 TLE, 2 WA)" in three and "rejected first in s/p9" in three
    lost = verification_warning({"ok": _accounting(5, 5, 0, {}), "s": _accounting(1000, 999, 1, {"CE": 1})})
    assert "s rejected 1 of 1000" in lost and "lost 1 of 10 problems entirely, lost first in s/p0" in lost
    assert "ok rejected" not in lost
    for text in (three, lost):  # one sentence, and it says what to check
        assert "\n" not in text and text.count(". ") == 0 and text.endswith(".") and "check" in text


def test_a_source_whose_solutions_all_fail_warns_once(tmp_path, caplog):
    probs = [_sourced("good", i, GOOD) for i in range(4)] + [_sourced("bad", i, ["print(0)", "print(1/0)"])
                                                              for i in range(5)]
    write_jsonl(tmp_path / "pool.jsonl", probs)
    pool = [f"data.sources=[{{kind: jsonl, path: {tmp_path / 'pool.jsonl'}}}]", "data.dedup_problems=false",
            "data.splits=[1.0, 0.0, 0.0]", "data.decontaminate=false"]
    with caplog.at_level(logging.WARNING, logger="codediv.dataset"):
        m, _ = build(tmp_path, [*pool, "data.budget=2", "data.arms=[{name: a, k: 2}]"])
    by = m["stats"]["verification"]["by_source"]
    assert (by["good"]["accepted"], by["good"]["problems_lost"]) == (8, 0)
    assert (by["bad"]["solutions_tried"], by["bad"]["accepted"], by["bad"]["rejected"], by["bad"]["problems_lost"]) \
        == (10, 0, {"RE": 5, "WA": 5}, 5)
    assert "bad rejected 10 of 10 reference solutions (100%: 5 RE, 5 WA) and lost 5 of 5 problems entirely, " \
           "lost first in bad/p0, bad/p1, bad/p2" in m["warning"] and "good rejected" not in m["warning"]
    warned = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert warned == [m["warning"]]  # the stage ends with that one warning
    shown = CliRunner().invoke(main, ["data", "stats", "--run-dir", str(tmp_path / "run")])
    assert "bad: 10 tried, 0 accepted, rejected: 5 RE, 5 WA; 5 of 5 problems lost every solution" in shown.output
    assert f"warning: {m['warning']}" in shown.output
    # When the loss leaves too few problems for the arms, the warning still comes, before the error.
    caplog.clear()
    with caplog.at_level(logging.WARNING, logger="codediv.dataset"), pytest.raises(DataError):
        build(tmp_path, [*pool, "data.budget=20", "data.arms=[{name: a, k: 2}]"], name="short")
    assert [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING] == [m["warning"]]


def _paper_copy(tmp_path: Path) -> Path:
    """configs/paper.yaml pointed at the real rows in tests/fixtures, with a data-stage-sized budget."""
    cfg = yaml.safe_load((ROOT / "configs" / "paper.yaml").read_text())
    real = FIXTURES / "real"
    for spec in cfg["data"]["sources"]:
        spec["path"] = str(real / spec["kind"])
    # The rows are few: APPS's interview rows join TACO + CodeContests so both difficulty strata
    # of the common pool have problems, Diverse takes k=2 instead of 5, and token_counter approx
    # needs no model download (the tokenizer counter loads the base model's).
    cfg["data"]["sources"].append({"kind": "apps", "path": str(real / "apps"),
                                   "options": {"split": "train", "difficulties": ["interview"]}})
    cfg["data"]["arms"][1]["k"] = 2
    cfg["data"].update(budget=2, token_counter="approx")
    bench = tmp_path / "lcb"
    bench.mkdir()
    row = json.loads((FIXTURES / "livecodebench" / "format_fixture_cf1873A_raw.json").read_text())
    (bench / "test.jsonl").write_text(json.dumps(row) + "\n")  # the hub layout: release_v1 is test.jsonl
    cfg["benchmark"]["path"] = str(bench)
    cfg["benchmark"]["options"].update(platforms=["codeforces"], date_from="2023-01-01", date_to="2024-01-01",
                                       release="release_v1")
    cfg["judge"]["workers"] = 2
    path = tmp_path / "paper.yaml"
    path.write_text(yaml.safe_dump(cfg))
    return path


def test_data_build_on_the_paper_config_pointed_at_real_rows(tmp_path):
    rd = tmp_path / "run"
    r = CliRunner().invoke(main, ["data", "build", str(_paper_copy(tmp_path)), "--run-dir", str(rd)])
    assert r.exit_code == 0, r.output
    m = json.loads((rd / "data" / "manifest.json").read_text())
    by = m["stats"]["verification"]["by_source"]
    # Every reference solution judged is accepted, each source by its own rule.
    assert {s: (a["solutions_tried"] == a["accepted"], a["problems_lost"]) for s, a in by.items()} == \
        {"apps": (True, 0), "code_contests": (True, 0), "taco": (True, 0)}
    assert (by["taco"]["solutions_tried"], by["code_contests"]["solutions_tried"]) == (2, 2)
    assert m["warning"] is None and m["stats"]["sources"] == {"loaded": 8, "skipped": {},
                                                            "filtered": {"apps: difficulty": 2}}
    assert (m["arms"]["deep"]["problems"], m["arms"]["diverse"]["problems"]) == (2, 1)
    bench = [json.loads(x) for x in (rd / "data" / "benchmark.jsonl").read_text().splitlines()]
    assert [b["id"] for b in bench] == ["livecodebench/1873_A"]
    assert bench[0]["checker"] is None  # paper.yaml keeps the study's strict matching (grading: judge)
    shown = CliRunner().invoke(main, ["data", "stats", "--run-dir", str(rd)])
    assert "taco: 2 tried, 2 accepted, rejected: none; 0 of 1 problems lost every solution" in shown.output
    assert "warning:" not in shown.output


def test_benchmark_references_are_verified_and_never_drop_a_problem(tmp_path):
    """The likelihood pass scores the benchmark's reference solutions, so the data stage keeps only
    those the judge accepts; a problem whose references all fail stays in the benchmark, without one."""
    add = "a, b = map(int, input().split())\nprint(a + b)"
    bench = [_problem("jsonl/b0", "Print the sum of two integers.", [add, "print(0)"]),
             _problem("jsonl/b1", "Print the sum of two integers, again.", ["print(1/0)"]),
             _problem("jsonl/b2", "Print the sum, with no reference at all.", [])]
    write_jsonl(tmp_path / "bench.jsonl", bench)
    m, data = build(tmp_path, ["data.verify=true", "data.sources=[{kind: builtin, limit: 12}]", "data.budget=10",
                               "data.arms=[{name: deep, k: 1}]", "data.splits=[1.0, 0.0, 0.0]",
                               f"benchmark.kind=jsonl", f"benchmark.path={tmp_path / 'bench.jsonl'}"])
    kept = {r["id"]: r["solutions"] for r in rows(data / "benchmark.jsonl")}
    assert kept == {"jsonl/b0": [add], "jsonl/b1": [], "jsonl/b2": []}
    refs = m["benchmark"]["references"]
    assert refs == {"verified": True, "problems_with_reference": 1, "solutions_tried": 3,
                    "verdicts": {"AC": 1, "RE": 1, "WA": 1}}
    assert m["training"]["steps"] == 40 and m["training"]["examples"] == {"deep": 10}
