"""Scripted backend: replays canned completions, so the evaluation path runs without a model.

The script is a JSONL file of ``{"problem_id", "completion", "arm"?, "step"?, "delay_s"?}``
rows (``delay_s`` makes the backend sleep that long per prompt, to test interruption). For a
prompt, the backend returns the completion whose ``problem_id`` matches (the problem id is
read from the prompt's ``### Question`` text via the mapping the eval stage registers),
preferring a row that also matches the current adapter folder's arm/step, so tests can plant
per-checkpoint behaviour (a regression, a breakthrough). Unknown problems get an empty
completion (the judge's ``NOCODE``). Like llm's ``MockModel`` or lm-eval's ``DummyLM``, it is
a stand-in for tests and dry runs, never used for reported numbers.
"""
from __future__ import annotations

import json
import time
from pathlib import Path

from ..config import ConfigError
from . import Generation


class ScriptedBackend:
    def __init__(self, script: str | None):
        if not script:
            raise ConfigError("generate.backend=scripted needs generate.script (a JSONL of canned completions)")
        self.rows = [json.loads(x) for x in Path(script).read_text().splitlines() if x.strip()]
        self.prompt_ids: dict[str, str] = {}  # user prompt text -> problem id (set by the eval stage)

    def register(self, prompt_text: str, problem_id: str) -> None:
        self.prompt_ids[prompt_text] = problem_id

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
        arm = step = None
        if adapter is not None:  # .../train/<arm>/seed<k>/checkpoint-<step>
            arm, step = Path(adapter).parent.parent.name, int(Path(adapter).name.split("-")[1])
        else:
            arm, step = "base", 0
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
