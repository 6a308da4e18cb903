"""Check built-in problem sources while authoring them (see builtin_src/README.md).

Usage: python tools/check_builtin.py builtin_src/train/strings [more files or folders]

Runs every solution on every generated test in a plain subprocess (these are our own,
trusted sources; the shipped corpus is re-verified by the real judge in the test suite),
and checks counts, agreement with the reference, timing and solution diversity.
Exit status 1 if any problem fails.
"""
from __future__ import annotations

import importlib.util
import json
import os
import random
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from codediv.compare import strict_lines  # noqa: E402
from codediv.diversity import distance  # noqa: E402

CATEGORIES = {"strings", "counting", "patterns", "arithmetic", "number_theory",
              "sorting_greedy", "simulation", "grid", "geometry", "time_intervals", "dp", "graphs"}
PY = os.path.realpath(sys.executable)
CALL_HARNESS = r'''
import json, sys
src = open(sys.argv[1]).read()
ns = {"__name__": "__solution__"}
exec(compile(src, "solution.py", "exec"), ns)
args = [json.loads(line) for line in sys.stdin.read().split("\n") if line.strip()]
name = sys.argv[2]
fn = getattr(ns["Solution"](), name) if "Solution" in ns else ns[name]
print(json.dumps(fn(*args)))
'''


def load_module(path: Path):
    spec = importlib.util.spec_from_file_location(f"builtin_src_{path.stem}", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def run(code: str, stdin: str, style: str, entry: str | None, tmp: Path) -> tuple[str, float, str]:
    src = tmp / "sol.py"
    src.write_text(code)
    if style == "call":
        h = tmp / "harness.py"
        h.write_text(CALL_HARNESS)
        cmd = [PY, "-I", str(h), str(src), entry]
    else:
        cmd = [PY, "-I", str(src)]
    t0 = time.perf_counter()
    p = subprocess.run(cmd, input=stdin, capture_output=True, text=True, timeout=10)
    dt = time.perf_counter() - t0
    err = p.stderr.strip().splitlines()[-1] if p.returncode else ""
    return p.stdout, dt, err


def check(path: Path, tmp: Path) -> list[str]:
    errs: list[str] = []
    split = path.parent.parent.name
    category = path.parent.name
    if split not in ("train", "bench"):
        return [f"{path}: must live under builtin_src/train/<category>/ or builtin_src/bench/<category>/"]
    if category not in CATEGORIES:
        errs.append(f"unknown category folder {category!r}")
    m = load_module(path)
    for attr in ("TITLE", "DIFFICULTY", "TAGS", "STATEMENT", "SOLUTIONS", "tests"):
        if not hasattr(m, attr):
            errs.append(f"missing {attr}")
    if errs:
        return errs
    style = getattr(m, "STYLE", "stdin")
    entry = getattr(m, "ENTRY_POINT", None)
    if m.DIFFICULTY not in ("easy", "medium", "hard"):
        errs.append(f"DIFFICULTY {m.DIFFICULTY!r} not easy/medium/hard")
    if style not in ("stdin", "call"):
        errs.append(f"STYLE {style!r}")
    if style == "call" and (not entry or f"def {entry}(" not in getattr(m, "STARTER_CODE", "")):
        errs.append("call problems need ENTRY_POINT and a STARTER_CODE defining it")
    words = len(m.STATEMENT.split())
    if not 40 <= words <= 220:
        errs.append(f"statement has {words} words (want 40-220)")
    if style == "stdin" and not ("Input" in m.STATEMENT and "Output" in m.STATEMENT):
        errs.append("statement lacks Input/Output sections")
    sols = [s.strip("\n") + "\n" for s in m.SOLUTIONS]
    need_sols, need_tests = (5, 10) if split == "train" else (1, 15)
    if len(sols) < need_sols:
        errs.append(f"{len(sols)} solutions (need >= {need_sols})")
    cases = m.tests(random.Random(path.stem))
    again = m.tests(random.Random(path.stem))
    if cases != again:
        errs.append("tests(rng) is not deterministic")
    if style == "call":
        inputs = ["\n".join(json.dumps(a) for a in args) + "\n" for args in cases]
    else:
        inputs = list(cases)
        if any(not isinstance(c, str) or not c.endswith("\n") for c in inputs):
            errs.append("stdin tests must be strings ending with a newline")
    if len(set(inputs)) != len(inputs):
        errs.append("duplicate tests")
    if len(inputs) < need_tests:
        errs.append(f"{len(inputs)} tests (need >= {need_tests})")
    slowest = 0.0
    for ti, inp in enumerate(inputs):
        ref, dt, err = run(sols[0], inp, style, entry, tmp)
        slowest = max(slowest, dt)
        if err:
            errs.append(f"reference fails on test {ti}: {err}")
            continue
        for si, code in enumerate(sols[1:], 1):
            out, dt, err = run(code, inp, style, entry, tmp)
            slowest = max(slowest, dt)
            if err or strict_lines(out) != strict_lines(ref):
                errs.append(f"solution {si} disagrees on test {ti}: {err or 'different output'}"
                            f" | input {inp[:60]!r} | want {ref[:40]!r} got {out[:40]!r}")
    if slowest > 1.0:
        errs.append(f"slowest run {slowest:.2f}s (> 1 s)")
    if split == "train":
        dmin = min((distance(a, b), i, j) for i, a in enumerate(sols)
                   for j, b in enumerate(sols) if i < j) if len(sols) > 1 else (1.0, 0, 0)
        if dmin[0] < 0.25:
            errs.append(f"solutions {dmin[1]} and {dmin[2]} too similar (distance {dmin[0]:.2f} < 0.25)")
    return errs


def main(argv: list[str]) -> int:
    files: list[Path] = []
    for a in argv or [str(ROOT / "builtin_src")]:
        p = Path(a)
        files += sorted(p.rglob("*.py")) if p.is_dir() else [p]
    tmp = Path(os.environ.get("TMPDIR", "/tmp")) / f"check_builtin_{os.getpid()}"
    tmp.mkdir(parents=True, exist_ok=True)
    stems: dict[str, Path] = {}
    bad = 0
    for f in files:
        if f.stem in stems:
            print(f"FAIL {f}: stem also used by {stems[f.stem]}")
            bad += 1
            continue
        stems[f.stem] = f
        try:
            errs = check(f, tmp)
        except Exception as e:  # an authoring error must not hide the other files' results
            errs = [f"crashed: {type(e).__name__}: {e}"]
        if errs:
            bad += 1
            print(f"FAIL {f}")
            for e in errs:
                print(f"     - {e}")
        else:
            print(f"ok   {f}")
    print(f"{len(files) - bad} ok, {bad} failing")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
