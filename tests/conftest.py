"""Shared fixtures: a real judge (bubblewrap sandbox when available), isolated caches."""
from __future__ import annotations

import os

import pytest

from codediv.judge import Judge, JudgeConfig
from codediv.records import Problem, Test
from codediv.sandbox import Limits


@pytest.fixture(autouse=True)
def _isolated_cache(tmp_path, monkeypatch):
    # Tests must never read or fill the user's verdict cache.
    monkeypatch.setenv("CODEDIV_CACHE_DIR", str(tmp_path / "cache"))


@pytest.fixture(scope="session")
def judge():
    """A real two-worker judge with short limits and no cache (every test really runs)."""
    cfg = JudgeConfig(workers=2, cache=False, limits=Limits(time_s=1.5, memory_mb=256, output_mb=1))
    with Judge(cfg) as j:
        yield j


def stdin_problem(tests: list[tuple[str, str]], pid: str = "t/p", **kw) -> Problem:
    return Problem(id=pid, source="test", title=pid, statement="", style="stdin",
                   tests=tuple(Test(i, o) for i, o in tests), **kw)


def sandbox_processes(judge: Judge) -> list[int]:
    """Host pids of live processes running under any of the judge's sandbox uids."""
    uids = {sb.uid for sb in judge.sandboxes if sb.uid is not None}
    found = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/status") as fh:
                for line in fh:
                    if line.startswith("Uid:"):
                        if int(line.split()[1]) in uids:
                            found.append(int(entry))
                        break
        except OSError:
            continue
    return found
