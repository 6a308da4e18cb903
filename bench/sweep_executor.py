"""The same sweep slice with executor=local and executor=ray on this machine: wall times and Ray's
scheduling overhead per task.

The slice: base + 1 arm x 2 seeds x 3 checkpoints = 7 targets on the built-in benchmark (24 problems
by default), scripted backend (``--delay`` seconds per prompt stand in for generation), real judging
in the sandbox. Every target answers with its own copy of the reference solutions (a comment names the
target; some problems get a wrong answer), so the verdict cache cannot make judging free. Each
executor starts from an empty verdict cache and its own run folder; the two stores must hold the
same verdicts (checked).

Ray runs on a local instance with ``--cpus`` CPUs (started here, its start-up reported apart).
Overhead per task = the round trip the driver sees (dispatch to result) minus the work measured
inside the task; a no-op task's round trip is the floor. Baseline: the local executor, same run.

    python bench/sweep_executor.py [--problems 24] [--delay 0.05] [--cpus 2]
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def build_slice(root: Path, n_problems: int, delay: float) -> tuple[Path, Path]:
    from codediv.records import write_jsonl
    from codediv.rundir import BASE, RunDir
    from codediv.sources.builtin import load_builtin
    rd = root / "run"
    probs = [p for p in load_builtin("bench") if p.solutions][:n_problems]
    write_jsonl(RunDir(rd).benchmark, probs)
    targets = [(BASE, 0)]
    for seed, steps in ((0, (10, 20, 30)), (1, (15, 25, 35))):  # the script tells targets by arm and step
        for step in steps:
            ck = RunDir(rd).checkpoint("deep", seed, step).path
            ck.mkdir(parents=True)
            (ck / "adapter_model.safetensors").write_bytes(f"{seed}-{step}".encode())
            (ck / "meta.json").write_text(json.dumps({"step": step}))
            targets.append(("deep", step))
    rows = []
    for arm, step in targets:
        for i, p in enumerate(probs):
            code = p.solutions[0] if (i + step) % 3 else "print('wrong')"
            rows.append({"problem_id": p.id, "arm": arm, "step": step, "delay_s": delay,
                         "completion": f"```python\n{code}\n# {arm} {step}\n```"})
    script = root / "script.jsonl"
    script.write_text("".join(json.dumps(r) + "\n" for r in rows))
    return rd, script


def verdicts(rd: Path) -> dict:
    from codediv.store import Store
    with Store(rd / "results.sqlite") as st:
        return {(r.arm, r.seed, r.step, r.problem_id): (r.verdict, r.passed) for r in st.rows()}


def _noop(_: int) -> int:
    return 0


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--problems", type=int, default=24)
    ap.add_argument("--delay", type=float, default=0.05, help="seconds per prompt standing in for generation")
    ap.add_argument("--cpus", type=int, default=2, help="CPUs of the local Ray instance")
    a = ap.parse_args()
    from codediv.config import load_config
    from codediv.evaluate import run_eval
    tmp = Path(tempfile.mkdtemp(prefix="codediv-sweep-bench-"))
    walls, stats = {}, {}
    for kind in ("local", "ray"):
        rd, script = build_slice(tmp / kind, a.problems, a.delay)
        os.environ["CODEDIV_CACHE_DIR"] = str(tmp / kind / "cache")
        cfg = load_config(None, ["generate.backend=scripted", f"generate.script={script}", "train.seeds=[0, 1]",
                                 "data.arms=[{name: deep, k: 1}]", f"executor.kind={kind}"])
        if kind == "ray":
            import ray
            t0 = time.perf_counter()
            ray.init(num_cpus=a.cpus, include_dashboard=False, logging_level="warning")
            init_s = time.perf_counter() - t0
        t0 = time.perf_counter()
        stats[kind] = run_eval(cfg, rd, progress=False)
        walls[kind] = time.perf_counter() - t0
    assert verdicts(tmp / "local" / "run") == verdicts(tmp / "ray" / "run"), "the executors disagree"
    from codediv import distributed
    settings = load_config(None, ["executor.kind=ray"]).executor
    rts = []
    for _ in range(20):  # one at a time: the floor of a task's round trip
        t0 = time.perf_counter()
        distributed.run_tasks(settings, _noop, [("noop", (0,))])
        rts.append(time.perf_counter() - t0)
    n = stats["local"]["generations"]
    print(f"slice: 7 targets x {a.problems} problems = {n} programs, {a.delay:g} s per prompt generated, "
          f"real judging; Ray on {a.cpus} CPUs")
    print(f"local executor: {walls['local']:.2f} s (baseline)")
    print(f"ray executor:   {walls['ray']:.2f} s = {walls['ray'] / walls['local']:.2f}x local "
          f"(+ {init_s:.1f} s to start the Ray instance, once per process)")
    rt = stats["ray"]["ray_tasks"]
    print(f"  worker start-up (model/backend, sandboxes), summed: {rt['setup_s']:.2f} s")
    for kind, what in (("target", "generation task (one target)"), ("judge", "judging batch")):
        if kind in rt:
            r = rt[kind]
            print(f"  {what}: {r['tasks']} tasks, work {r['work_s']:.2f} s, overhead per task "
                  f"mean {r['overhead_s_mean'] * 1000:.1f} ms, median {r['overhead_s_median'] * 1000:.1f} ms")
    print(f"  no-op task round trip (one at a time, incl. the driver's wait): median "
          f"{statistics.median(rts) * 1000:.1f} ms over {len(rts)}")
    import ray
    ray.shutdown()


if __name__ == "__main__":
    main()
