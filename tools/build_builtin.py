"""Build codediv's shipped built-in problems from builtin_src/ (see builtin_src/README.md).

Usage: python tools/build_builtin.py [--check-only]

For every source module: generate the tests with ``tests(random.Random(stem))``, compute the
expected outputs by running the reference solution (``SOLUTIONS[0]``) in the judge's sandbox,
append the first two tests to the statement as samples, and write canonical records to
``codediv/data/builtin_train.jsonl.gz`` and ``codediv/data/builtin_bench.jsonl.gz``.
Benchmark problems are split into a ``selection`` and a ``report`` half, balanced by category
and difficulty, recorded as the tag ``bench:selection`` / ``bench:report``.

The output is deterministic: same sources, same bytes. Every stored solution is then verified
by the test suite (tests/test_builtin.py) with the real judge.
"""
from __future__ import annotations

import argparse
import ast
import hashlib
import importlib.util
import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from codediv.records import Checker, Problem, Test, write_jsonl  # noqa: E402
from codediv.sandbox import Limits, Sandbox  # noqa: E402

SRC = ROOT / "builtin_src"
OUT = ROOT / "codediv" / "data"
DIFF_ORDER = {"easy": 0, "medium": 1, "hard": 2}


def load_module(path: Path):
    spec = importlib.util.spec_from_file_location(f"builtin_src_{path.stem}", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _arg_names(starter: str, entry: str) -> list[str]:
    for node in ast.walk(ast.parse(starter + "pass\n")):
        if isinstance(node, ast.FunctionDef) and node.name == entry:
            return [a.arg for a in node.args.args if a.arg != "self"]
    return []


def samples_text(style: str, tests: list[Test], starter: str, entry: str | None) -> str:
    parts = []
    for k, t in enumerate(tests[:2], 1):
        if style == "call":
            names = _arg_names(starter, entry)
            args = [json.loads(x) for x in t.input.split("\n") if x.strip()]
            shown = ", ".join(f"{n} = {json.dumps(a)}" for n, a in zip(names, args))
            parts.append(f"Example {k}\n\nInput: {shown}\nOutput: {t.output}\n")
        else:
            parts.append(f"Sample Input {k}\n\n{t.input}\nSample Output {k}\n\n{t.output}")
    return "\n" + "\n".join(parts)


def expected_outputs(sb: Sandbox, code: str, style: str, entry: str | None, inputs: list[str], where: str) -> list[str]:
    err = sb.load(code, style, entry)
    if err:
        raise SystemExit(f"{where}: reference solution does not compile: {err}")
    outs = []
    for i, inp in enumerate(inputs):
        raw = sb.run(inp.encode())
        if raw.exit != 0 or raw.timed_out or raw.output_exceeded:
            tail = raw.stderr_tail.decode(errors="replace").strip().splitlines()[-1:] or ["timeout"]
            raise SystemExit(f"{where}: reference solution fails on test {i}: {tail[0]}")
        out = raw.stdout.decode()
        outs.append(out.strip() if style == "call" else out)
    return outs


def build_problem(path: Path, sb: Sandbox) -> Problem:
    m = load_module(path)
    style = getattr(m, "STYLE", "stdin")
    entry = getattr(m, "ENTRY_POINT", None)
    starter = getattr(m, "STARTER_CODE", "") or ""
    cases = m.tests(random.Random(path.stem))
    inputs = (["\n".join(json.dumps(a) for a in args) + "\n" for args in cases] if style == "call" else list(cases))
    sols = [s.strip("\n") + "\n" for s in m.SOLUTIONS]
    outs = expected_outputs(sb, sols[0], style, entry, inputs, str(path.relative_to(ROOT)))
    tests = [Test(i, o) for i, o in zip(inputs, outs)]
    category = path.parent.name
    checker = getattr(m, "CHECKER", None)
    statement = m.STATEMENT.rstrip() + "\n" + samples_text(style, tests, starter, entry)
    return Problem(id="builtin/" + path.stem.replace("_", "-"), source="builtin", title=m.TITLE,
                   statement=statement, style=style, tests=tuple(tests), entry_point=entry,
                   starter_code=starter, solutions=tuple(sols),
                   checker=Checker(**checker) if checker else None, difficulty=m.DIFFICULTY,
                   platform="builtin", tags=tuple(dict.fromkeys([category, *m.TAGS])))


def assign_bench_splits(problems: list[Problem]) -> list[Problem]:
    """Alternate selection/report within (style, category), ordered by difficulty then id."""
    import dataclasses
    groups: dict[tuple[str, str], list[Problem]] = {}
    for p in problems:
        groups.setdefault((p.style, p.tags[0]), []).append(p)
    out, flip = [], 0
    for key in sorted(groups):
        for p in sorted(groups[key], key=lambda p: (DIFF_ORDER.get(p.difficulty, 9), p.id)):
            split = "bench:selection" if flip % 2 == 0 else "bench:report"
            flip += 1
            out.append(dataclasses.replace(p, tags=(*p.tags, split)))
    return sorted(out, key=lambda p: p.id)


def sources_hash() -> str:
    h = hashlib.sha256()
    for path in sorted(SRC.glob("*/*/*.py")):
        h.update(str(path.relative_to(SRC)).encode() + b"\0" + path.read_bytes() + b"\0")
    return h.hexdigest()


def cross_check(train: list[Problem], bench: list[Problem]) -> list[tuple[str, str]]:
    """(train id, bench id) pairs where a training reference solves a benchmark problem."""
    import dataclasses
    from codediv.judge import Judge, JudgeConfig
    pairs = []
    with Judge(JudgeConfig(cache=False, limits=Limits(time_s=1.0))) as judge:
        for b in (b for b in bench if b.style == "stdin"):
            quick = dataclasses.replace(b, tests=b.tests[:3])
            futs = [(t, judge.submit(quick, t.solutions[0])) for t in train]
            for t, f in futs:
                if f.result().verdict == "AC" and judge.submit(b, t.solutions[0]).result().verdict == "AC":
                    pairs.append((t.id, b.id))
    return pairs


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check-only", action="store_true", help="build in memory, write nothing")
    ap.add_argument("--cross-check", action="store_true",
                    help="also run every training reference on every benchmark problem (slow): "
                         "a training solution that solves a benchmark problem means a duplicate task")
    args = ap.parse_args()
    built: dict[str, list[Problem]] = {"train": [], "bench": []}
    with Sandbox(Limits(time_s=5.0)) as sb:
        for split in built:
            for path in sorted((SRC / split).glob("*/*.py")):
                built[split].append(build_problem(path, sb))
    built["bench"] = assign_bench_splits(built["bench"])
    built["train"].sort(key=lambda p: p.id)
    for split, probs in built.items():
        print(f"{split}: {len(probs)} problems, {sum(len(p.tests) for p in probs)} tests, "
              f"{sum(len(p.solutions) for p in probs)} solutions")
        if not args.check_only:
            write_jsonl(OUT / f"builtin_{split}.jsonl.gz", probs)
    if not args.check_only:
        manifest = {"sources_sha256": sources_hash(),
                    **{split: {"problems": len(p), "tests": sum(len(x.tests) for x in p),
                               "solutions": sum(len(x.solutions) for x in p)} for split, p in built.items()}}
        (OUT / "builtin_manifest.json").write_text(json.dumps(manifest, indent=2, sort_keys=True) + "\n")
    if args.cross_check:
        pairs = cross_check(built["train"], built["bench"])
        for t, b in pairs:
            print(f"DUPLICATE TASK: training {t} solves benchmark {b}")
        print(f"cross-check: {len(pairs)} training references solve a benchmark problem")
        return 1 if pairs else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
