"""executor.kind=ray on a real local Ray cluster (2 CPUs, started by this module): the same rows as the
local executor, real judging in sandboxed workers, the driver as the only writer of results and verdict
cache, failures reported with their target, dead workers retried, a killed driver resumed.

Skipped without Ray (``pip install -e '.[ray]'``; CI installs it). Nothing is faked: the tasks run in
Ray worker processes, the judge in bubblewrap, the store and the cache are real SQLite files.
"""
from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

ray = pytest.importorskip("ray")

from codediv import distributed  # noqa: E402
from codediv.cache import _TABLE as CACHE_TABLE  # noqa: E402  (read directly to compare the runs' caches)
from codediv.config import load_config  # noqa: E402
from codediv.evaluate import EvalError, run_eval  # noqa: E402
from codediv.rundir import RunDir  # noqa: E402
from codediv.store import Store  # noqa: E402
from test_eval import _random_adapter, add_checkpoint, cfg_for, fenced, make_run, script  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
RAY = ["executor.kind=ray"]


@pytest.fixture(scope="module")
def cluster():
    """A local Ray instance with 2 CPUs for the whole module; its address lets subprocesses join it."""
    ray.init(num_cpus=2, include_dashboard=False, logging_level="warning")
    # Functions defined here run in Ray workers, which cannot import this test module: send them by value.
    ray.cloudpickle.register_pickle_by_value(sys.modules[__name__])
    yield ray.get_runtime_context().gcs_address
    ray.shutdown()


def rows_of(rd: Path) -> dict:
    """Every stored row by key, without what may differ between equal runs: timings, the run
    folder in the checkpoint path, and ``cached`` (which duplicate ran first depends on the order)."""
    with Store(RunDir(rd).store) as st:
        return {(r.arm, r.seed, r.step, r.problem_id, r.sample_id):
                (r.completion, r.code, r.prompt_hash, r.tests_hash, r.gen_tokens, Path(r.checkpoint).name,
                 r.verdict, r.passed, r.total, [t["verdict"] for t in r.tests or []], r.error)
                for r in st.rows()}


def cache_of(folder: Path) -> dict:
    con = sqlite3.connect(folder / "verdicts.sqlite")
    try:
        out = {}
        for key, result in con.execute(f"SELECT key, result FROM {CACHE_TABLE}"):
            r = json.loads(result)
            out[key] = (r["verdict"], r["passed"], r["total"], [t["verdict"] for t in r["tests"]])
        return out
    finally:
        con.close()


def sweep(tmp_path: Path, n_problems: int = 5, delay_s: float = 0.0):
    """Base + arm deep with seeds 0 and 1, checkpoints 10 and 20: right, wrong, crashing and empty
    answers that change with the step, and programs repeated across targets."""
    rd, probs = make_run(tmp_path, n_problems)
    for step in (10, 20):
        add_checkpoint(rd, "deep", 1, step, weights=b"seed1")
    rows = []
    for i, p in enumerate(probs):
        rows.append({"problem_id": p.id, "completion": fenced(p.solutions[0]), "delay_s": delay_s})
        rows.append({"problem_id": p.id, "arm": "deep", "step": 10, "delay_s": delay_s,
                     "completion": fenced(["print(0)\n", "raise SystemExit(3)\n", p.solutions[0]][i % 3])})
        if i % 2:
            rows.append({"problem_id": p.id, "arm": "base", "step": 0, "completion": "no code here", "delay_s": delay_s})
    return rd, script(tmp_path, rows), probs


def test_ray_eval_stores_the_same_rows_and_cache_as_local(cluster, tmp_path, monkeypatch):
    rd_local, path, _ = sweep(tmp_path / "local")
    more = ["train.seeds=[0, 1]"]
    monkeypatch.setenv("CODEDIV_CACHE_DIR", str(tmp_path / "cache-local"))
    run_eval(cfg_for(path, more), rd_local, progress=False)
    rd_ray, _, _ = sweep(tmp_path / "ray")
    monkeypatch.setenv("CODEDIV_CACHE_DIR", str(tmp_path / "cache-ray"))
    stats = run_eval(cfg_for(path, more + RAY), rd_ray, progress=False)
    local, remote = rows_of(rd_local), rows_of(rd_ray)
    assert len(local) == 25 and remote == local
    assert {v[6] for v in local.values()} == {"AC", "WA", "RE", "NOCODE"}
    # Every target generated in its own task, programs judged in worker batches; the driver wrote
    # the verdict cache from what the workers returned: the same entries the local judge stored.
    assert stats["ray_tasks"]["target"]["tasks"] == 5 and stats["ray_tasks"]["judge"]["tasks"] >= 1
    assert cache_of(tmp_path / "cache-ray") == cache_of(tmp_path / "cache-local") != {}
    with Store(RunDir(rd_ray).store) as st:
        assert all(t.done for t in st.targets()) and len(st.targets()) == 5
    # A rerun has nothing to do: no generation task, no judging task.
    again = run_eval(cfg_for(path, more + RAY), rd_ray, progress=False)
    assert "target" not in again["ray_tasks"] and "judge" not in again["ray_tasks"]
    # A new run folder with the filled cache: every verdict is looked up on the driver, none dispatched.
    rd_new, _, _ = sweep(tmp_path / "new")
    fresh = run_eval(cfg_for(path, more + RAY), rd_new, progress=False)
    assert "judge" not in fresh["ray_tasks"] and rows_of(rd_new) == local
    with Store(RunDir(rd_new).store) as st:
        assert all(r.cached for r in st.rows())


def test_a_failed_target_is_reported_and_the_others_are_stored(cluster, tmp_path, tiny_base):
    rd, probs = make_run(tmp_path, 2, steps=())
    good = RunDir(rd).checkpoint("deep", 0, 10).path
    _random_adapter(tiny_base, good, 1)
    (good / "meta.json").write_text(json.dumps({"step": 10}))
    add_checkpoint(rd, "deep", 0, 20, weights=b"not a safetensors file")  # a corrupt checkpoint
    cfg = load_config(None, ["data.arms=[{name: deep, k: 1}]", f"model.base={tiny_base}", "model.dtype=float32",
                             "generate.max_new_tokens=8", *RAY])
    with pytest.raises(EvalError) as err:
        run_eval(cfg, rd, progress=False)
    msg = str(err.value)
    assert "1 target(s)" in msg and "deep seed 0 step 20:" in msg and "\n" not in msg
    with Store(RunDir(rd).store) as st:
        done = {(t.arm, t.step): t.done for t in st.targets()}
        stored = {(r.arm, r.step) for r in st.rows() if r.verdict is not None}
    assert done == {("base", 0): True, ("deep", 10): True, ("deep", 20): False}
    assert stored == {("base", 0), ("deep", 10)}
    # A model no worker can load is one error saying what to do, not one per target.
    missing = load_config(None, ["data.arms=[{name: deep, k: 1}]", f"model.base={tmp_path / 'nothing'}", *RAY])
    add_checkpoint(rd, "deep", 0, 30)
    with pytest.raises(distributed.DistributedError, match=r"^no target worker could start: model folder .* does not "
                                                            r"exist; set model.base"):
        run_eval(missing, rd, progress=False)


def _worker_pids(title: str) -> list[int]:
    """Ray worker processes whose title (Ray sets it to ray::<class>.<method> while busy) starts with ``title``."""
    found = []
    for entry in os.listdir("/proc"):
        try:
            cmd = Path(f"/proc/{entry}/cmdline").read_bytes().split(b"\0")[0].decode()
        except (OSError, ValueError):
            continue
        if cmd.startswith(title):
            found.append(int(entry))
    return found


@pytest.mark.slow
def test_a_killed_generation_worker_is_restarted_and_its_target_rerun(cluster, tmp_path):
    rd_local, path, _ = sweep(tmp_path / "local", n_problems=2, delay_s=0.3)
    run_eval(cfg_for(path), rd_local, progress=False)
    rd, _, _ = sweep(tmp_path / "ray", n_problems=2, delay_s=0.3)
    killed = []

    def kill_once():
        deadline = time.time() + 60
        while time.time() < deadline and not killed:
            for pid in _worker_pids("ray::_TargetWorker.run"):
                os.kill(pid, signal.SIGKILL)
                killed.append(pid)
                break
            time.sleep(0.05)
    killer = threading.Thread(target=kill_once)
    killer.start()
    stats = run_eval(cfg_for(path, RAY), rd, progress=False)
    killer.join()
    assert killed, "no generation worker was seen running"
    assert rows_of(rd) == rows_of(rd_local) and stats["generations"] == 6


def _probe(_: int) -> tuple[int, str]:
    import torch  # imported after the task set its thread count, as a training run's first import is
    return torch.get_num_threads(), os.environ["OMP_NUM_THREADS"]


def _fail_on_one(seed: int) -> int:
    if seed == 1:
        raise ValueError("planted failure")
    return seed


def test_tasks_use_their_cpus_as_threads_and_a_failure_keeps_the_others(cluster):
    settings = load_config(None, RAY).executor
    results, failed = distributed.run_tasks(settings, _probe, [("probe", (0,))])
    assert results == {"probe": (1, "1")} and failed == {}
    results, failed = distributed.run_tasks(settings, _fail_on_one, [(f"arm deep seed {s}", (s,)) for s in range(3)])
    assert results == {"arm deep seed 0": 0, "arm deep seed 2": 2}
    assert failed == {"arm deep seed 1": "ValueError: planted failure"}
    # Workers that could never all start together are refused before any starts (Ray would wait forever).
    assert distributed.worker_counts(settings, ray, 5) == (1, 1)  # 2 CPUs: one generates, one judges
    greedy = load_config(None, RAY + ["executor.cpus_per_task=2"]).executor
    with pytest.raises(distributed.DistributedError, match="need 3 CPUs, the cluster has 2"):
        distributed.worker_counts(greedy, ray, 5)
    with pytest.raises(distributed.DistributedError, match="no Ray cluster answers at 127.0.0.1:1"):
        distributed.check_address("127.0.0.1:1")  # Ray alone would wait minutes for it
    distributed.check_address(cluster)  # the module's own cluster answers
    with pytest.raises(distributed.DistributedError, match="lower executor.cpus_per_task"):
        distributed.run_tasks(load_config(None, RAY + ["executor.cpus_per_task=3"]).executor, _probe, [("p", (0,))])


TRAIN = ["train.max_steps=2", "train.checkpoint_start=1", "train.checkpoint_every=1", "data.arms=[{name: deep, k: 1}]"]


def _training_data(folder: Path) -> Path:
    from test_train import PROBLEMS, row, write_arm
    rows = [row(p, p.solutions[0]) for p in PROBLEMS]
    return write_arm(folder, rows[:4], rows[4:])


@pytest.fixture(scope="module")
def local_training(tmp_path_factory, tiny_base) -> Path:
    """Arm deep, seeds 0 and 1, trained by the local executor with one torch thread, as a task
    reserving one CPU trains (the same arithmetic, so the same bytes)."""
    import torch
    from test_train import tiny_overrides
    from codediv.train import run_train
    rd = _training_data(tmp_path_factory.mktemp("local-training"))
    threads = torch.get_num_threads()
    torch.set_num_threads(1)
    try:
        run_train(load_config(None, tiny_overrides(tiny_base, *TRAIN, "train.seeds=[0, 1]")), rd)
    finally:
        torch.set_num_threads(threads)
    return rd


def assert_same_training(a_dir: Path, b_dir: Path, seed: int) -> dict:
    """Same checkpoints, byte-equal weights and the same training log; returns the last weights."""
    import torch
    from safetensors.torch import load_file
    a, b = RunDir(a_dir).checkpoints("deep", seed), RunDir(b_dir).checkpoints("deep", seed)
    assert [c.step for c in a] == [c.step for c in b] == [1, 2]
    # Not the content hash: PEFT writes target_modules from a set, in an order that changes with every
    # process's string hashing, so adapter_config.json bytes differ between equal trainings.
    for x, y in zip(a, b):
        wa, wb = load_file(str(x.path / "adapter_model.safetensors")), load_file(str(y.path / "adapter_model.safetensors"))
        assert wa.keys() == wb.keys() and all(torch.equal(wa[k], wb[k]) for k in wa)
    assert RunDir(a_dir).metrics("deep", seed).read_text() == RunDir(b_dir).metrics("deep", seed).read_text()
    return wa


@pytest.mark.slow
def test_training_runs_as_ray_tasks_match_local_training(cluster, tmp_path, tiny_base, local_training):
    import torch
    from test_train import tiny_overrides
    from codediv.train import run_train
    remote = _training_data(tmp_path / "ray")
    run_train(load_config(None, tiny_overrides(tiny_base, *TRAIN, "train.seeds=[0, 1]", *RAY)), remote)
    w0, w1 = (assert_same_training(local_training, remote, seed) for seed in (0, 1))
    assert any(not torch.equal(w0[k], w1[k]) for k in w0)  # the seeds really differ


@pytest.mark.slow
def test_a_killed_training_task_is_rerun_and_resumes_from_its_checkpoint(cluster, tmp_path, tiny_base,
                                                                          local_training):
    from test_train import tiny_overrides
    from codediv.train import run_train
    remote = _training_data(tmp_path / "ray")
    killed = []

    def kill_after_the_first_checkpoint():
        deadline = time.time() + 120
        while time.time() < deadline and not killed:
            if [c.step for c in RunDir(remote).checkpoints("deep", 0)] == [1]:
                for pid in _worker_pids("ray::_call"):
                    os.kill(pid, signal.SIGKILL)
                    killed.append(pid)
            time.sleep(0.05)
    killer = threading.Thread(target=kill_after_the_first_checkpoint)
    killer.start()
    run_train(load_config(None, tiny_overrides(tiny_base, *TRAIN, "train.seeds=[0]", *RAY)), remote)
    killer.join()
    assert killed, "the training task was never seen between its two checkpoints"
    assert_same_training(local_training, remote, 0)


def test_without_ray_the_error_says_how_to_install_it_and_nothing_is_touched(monkeypatch, tmp_path):
    rd, probs = make_run(tmp_path, 1, steps=(10,))
    path = script(tmp_path, [{"problem_id": probs[0].id, "completion": fenced(probs[0].solutions[0])}])
    run_eval(cfg_for(path), rd, progress=False)
    before = rows_of(rd)
    monkeypatch.setitem(sys.modules, "ray", None)  # what `import ray` does where it is not installed
    with pytest.raises(distributed.DistributedError, match=r"pip install -e '\.\[ray\]'"):
        # other judge limits: had the stage started, it would have dropped the stored verdicts
        run_eval(cfg_for(path, RAY + ["judge.time_limit_s=3"]), rd, progress=False)
    assert rows_of(rd) == before and all(v[6] == "AC" for v in before.values())


@pytest.mark.slow
def test_a_killed_driver_resumes_without_lost_or_duplicated_rows(cluster, tmp_path):
    rd, path, probs = sweep(tmp_path / "ray", n_problems=6, delay_s=0.3)
    args = [sys.executable, "-m", "codediv.cli", "eval", "--run-dir", str(rd), "generate.backend=scripted",
            f"generate.script={path}", "data.arms=[{name: deep, k: 1}]", "train.seeds=[0, 1]", "judge.time_limit_s=2",
            "executor.kind=ray", f"executor.address={cluster}", "--json"]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen(args, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    db = RunDir(rd).store
    deadline = time.time() + 120
    n = 0
    while time.time() < deadline and n < 12:  # kill once some targets, but not all, are stored
        time.sleep(0.2)
        try:
            n = sqlite3.connect(db).execute("SELECT COUNT(*) FROM generations").fetchone()[0]
        except sqlite3.Error:
            continue
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    partial = sqlite3.connect(db).execute("SELECT COUNT(*) FROM generations").fetchone()[0]
    assert 0 < partial < 30
    done = subprocess.run(args, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    clean, _, _ = sweep(tmp_path / "clean", n_problems=6)
    run_eval(cfg_for(path, ["train.seeds=[0, 1]"]), clean, progress=False)
    resumed = rows_of(rd)
    assert resumed == rows_of(clean) and len(resumed) == 30
    con = sqlite3.connect(db)
    assert con.execute("SELECT COUNT(*) FROM judgments").fetchone()[0] == 30


@pytest.mark.parametrize("hidden", [False, True])
def test_gpu_smoke_dry_run_runs_the_ray_slice_only_where_ray_is(tmp_path, hidden):
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    if hidden:  # a Python where `import ray` fails, as on a machine without it
        (tmp_path / "ray").mkdir()
        (tmp_path / "ray" / "__init__.py").write_text("raise ImportError('not installed here')\n")
        env["PYTHONPATH"] = f"{tmp_path}:{ROOT}"
    out = subprocess.run(["bash", str(ROOT / "bench" / "gpu_smoke.sh"), "--dry-run", str(tmp_path / "out")],
                         env=env, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    ray_lines = [ln for ln in out.stdout.splitlines() if "executor.kind=ray" in ln]
    if hidden and not (ROOT / ".whl").is_dir():
        assert ray_lines == [] and "Ray slice skipped" in out.stdout
    else:
        assert len(ray_lines) == 1 and "train.seeds=[0, 1]" in ray_lines[0] and "executor.gpus_per_task=" in ray_lines[0]
