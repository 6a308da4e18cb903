"""Scripted backend: replays canned completions, so the evaluation path runs without a model.

The script is a JSONL file of ``{"problem_id", "completion", "arm"?, "step"?, "delay_s"?}``
rows (``delay_s`` makes the backend sleep that long per prompt, to test interruption). For a
prompt, the backend returns the completion whose ``problem_id`` matches (it is built with the
benchmark problems and knows each one's prompt), preferring a row that also matches the
current checkpoint's arm/step (read through :func:`codediv.rundir.checkpoint_at`), so tests can
plant per-checkpoint behaviour (a regression, a breakthrough). Unknown problems get an empty
completion (the judge's ``NOCODE``). Like llm's ``MockModel`` or lm-eval's ``DummyLM``, it is
a stand-in for tests and dry runs, never used for reported numbers.
"""
from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Iterable

from ..config import ConfigError
from ..prompts import build_messages
from ..rundir import BASE, checkpoint_at
from . import Generation


class ScriptedBackend:
    def __init__(self, script: str | None, problems: Iterable = ()):
        if not script:
            raise ConfigError("generate.backend=scripted needs generate.script (a JSONL of canned completions)")
        self.rows = [json.loads(x) for x in Path(script).read_text().splitlines() if x.strip()]
        # The user message of each problem's prompt -> its id: how a prompt is recognised.
        self.prompt_ids = {build_messages(p)[-1]["content"]: p.id for p in problems}

    def _lookup(self, pid: str, arm: str | None, step: int | None) -> dict:
        best, score = {"completion": ""}, -1
        for r in self.rows:
            if r["problem_id"] != pid:
                continue
            s = (r.get("arm") == arm) + (r.get("step") == step)
            if ("arm" in r and r["arm"] != arm) or ("step" in r and r["step"] != step):
                continue
            if s > score:
                best, score = r, s
        return best

    def generate(self, prompts: list[list[dict]], adapter: Path | None, settings) -> list[list[Generation]]:
        if adapter is None:
            arm, step = BASE, 0
        else:
            ck = checkpoint_at(adapter)
            arm, step = ck.arm, ck.step
        out = []
        for p in prompts:
            pid = self.prompt_ids.get(p[-1]["content"], "")
            row = self._lookup(pid, arm, step)
            time.sleep(row.get("delay_s", 0))
            text = row["completion"]
            out.append([Generation(text, len(text.split()), 0.0) for _ in range(settings.n_samples)])
        return out

    def close(self) -> None:
        pass
