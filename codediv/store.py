"""The evaluation store: ``results.sqlite``, one row per (arm, seed, step, problem, sample).

Tables (stdlib sqlite3, WAL; one writer — the eval stage's main thread):

``generations``
    key ``(arm, seed, step, problem_id, sample_id)``; ``prompt_hash`` (of the chat messages),
    ``tests_hash`` (of everything about the problem that affects a verdict),
    ``completion`` (raw model output), ``code`` (the extracted program), ``gen_tokens``,
    ``gen_time_s``, ``checkpoint`` (adapter folder, "" for the base model).
``judgments``
    same key; ``verdict`` (AC WA RE TLE MLE OLE CE NOCODE), ``passed``, ``total``,
    ``tests`` (JSON list of per-test verdicts), ``error`` (first failure's detail), ``cached``.

The base model is stored as arm ``base``, seed 0, step 0: it is every arm's step 0.
A generation row is written before its judgment; a row is inserted once (``INSERT OR
IGNORE``), so an interrupted run that restarts neither duplicates nor loses rows, and
``missing_generations`` tells it what is left to do. ``export`` writes JSONL, CSV or Parquet.
"""
from __future__ import annotations

import csv
import json
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

from .errors import CodedivError

SCHEMA = """
CREATE TABLE IF NOT EXISTS generations (
    arm TEXT NOT NULL, seed INTEGER NOT NULL, step INTEGER NOT NULL,
    problem_id TEXT NOT NULL, sample_id INTEGER NOT NULL,
    prompt_hash TEXT NOT NULL, tests_hash TEXT NOT NULL,
    completion TEXT NOT NULL, code TEXT NOT NULL,
    gen_tokens INTEGER NOT NULL, gen_time_s REAL NOT NULL, checkpoint TEXT NOT NULL,
    PRIMARY KEY (arm, seed, step, problem_id, sample_id));
CREATE TABLE IF NOT EXISTS judgments (
    arm TEXT NOT NULL, seed INTEGER NOT NULL, step INTEGER NOT NULL,
    problem_id TEXT NOT NULL, sample_id INTEGER NOT NULL,
    verdict TEXT NOT NULL, passed INTEGER NOT NULL, total INTEGER NOT NULL,
    tests TEXT NOT NULL, error TEXT NOT NULL, cached INTEGER NOT NULL,
    PRIMARY KEY (arm, seed, step, problem_id, sample_id));
"""
KEY = ("arm", "seed", "step", "problem_id", "sample_id")
GEN_COLS = KEY + ("prompt_hash", "tests_hash", "completion", "code", "gen_tokens", "gen_time_s", "checkpoint")
JUDGE_COLS = KEY + ("verdict", "passed", "total", "tests", "error", "cached")


@dataclass(frozen=True)
class Row:
    """One joined generation + judgment (judgment fields None when not judged yet)."""

    arm: str
    seed: int
    step: int
    problem_id: str
    sample_id: int
    prompt_hash: str
    tests_hash: str
    completion: str
    code: str
    gen_tokens: int
    gen_time_s: float
    checkpoint: str
    verdict: str | None
    passed: int | None
    total: int | None
    tests: list | None
    error: str | None
    cached: bool | None


class Store:
    """results.sqlite; use as a context manager."""

    def __init__(self, path: str | Path):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.db = sqlite3.connect(self.path, timeout=60)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=NORMAL")
        self.db.executescript(SCHEMA)

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        self.db.close()

    def add_generations(self, rows: Iterable[dict]) -> int:
        """Insert generation rows (dicts with GEN_COLS); existing keys are kept, not duplicated."""
        q = f"INSERT OR IGNORE INTO generations ({','.join(GEN_COLS)}) VALUES ({','.join('?' * len(GEN_COLS))})"
        with self.db:
            cur = self.db.executemany(q, [tuple(r[c] for c in GEN_COLS) for r in rows])
        return cur.rowcount

    def add_judgments(self, rows: Iterable[dict]) -> int:
        q = f"INSERT OR IGNORE INTO judgments ({','.join(JUDGE_COLS)}) VALUES ({','.join('?' * len(JUDGE_COLS))})"
        vals = [tuple(json.dumps(r[c]) if c == "tests" else (int(r[c]) if c == "cached" else r[c]) for c in JUDGE_COLS)
                for r in rows]
        with self.db:
            cur = self.db.executemany(q, vals)
        return cur.rowcount

    def generated_keys(self, arm: str, seed: int, step: int) -> set[tuple[str, int]]:
        q = "SELECT problem_id, sample_id FROM generations WHERE arm=? AND seed=? AND step=?"
        return set(self.db.execute(q, (arm, seed, step)))

    def unjudged(self) -> list[dict]:
        """Generations without a judgment (e.g. the run was killed between the two)."""
        q = (f"SELECT {','.join('g.' + c for c in GEN_COLS)} FROM generations g LEFT JOIN judgments j "
             f"USING ({','.join(KEY)}) WHERE j.verdict IS NULL ORDER BY {','.join('g.' + c for c in KEY)}")
        return [dict(zip(GEN_COLS, r)) for r in self.db.execute(q)]

    def rows(self, where: str = "", params: tuple = ()) -> Iterator[Row]:
        """Joined rows, ordered by key; ``where`` filters on generation columns (alias g)."""
        cols = ",".join("g." + c for c in GEN_COLS) + "," + ",".join("j." + c for c in JUDGE_COLS[len(KEY):])
        q = (f"SELECT {cols} FROM generations g LEFT JOIN judgments j USING ({','.join(KEY)}) "
             f"{'WHERE ' + where if where else ''} ORDER BY {','.join('g.' + c for c in KEY)}")
        for r in self.db.execute(q, params):
            d = dict(zip(GEN_COLS + JUDGE_COLS[len(KEY):], r))
            d["tests"] = json.loads(d["tests"]) if d["tests"] is not None else None
            d["cached"] = bool(d["cached"]) if d["cached"] is not None else None
            yield Row(**d)

    def counts(self) -> dict[str, int]:
        g = self.db.execute("SELECT COUNT(*) FROM generations").fetchone()[0]
        j = self.db.execute("SELECT COUNT(*) FROM judgments").fetchone()[0]
        return {"generations": g, "judgments": j}


def export(store_path: str | Path, out: str | Path) -> Path:
    """Write the joined rows as .jsonl, .csv or .parquet (chosen by the file suffix)."""
    out = Path(out)
    with Store(store_path) as st:
        rows = [r.__dict__ for r in st.rows()]
    out.parent.mkdir(parents=True, exist_ok=True)
    if out.suffix == ".jsonl":
        out.write_text("".join(json.dumps(r, sort_keys=True) + "\n" for r in rows))
    elif out.suffix == ".csv":
        with open(out, "w", newline="") as fh:
            w = csv.DictWriter(fh, fieldnames=list(Row.__dataclass_fields__))
            w.writeheader()
            for r in rows:
                w.writerow({**r, "tests": json.dumps(r["tests"])})
    elif out.suffix == ".parquet":
        import pyarrow as pa
        import pyarrow.parquet as pq
        table = pa.Table.from_pylist([{**r, "tests": json.dumps(r["tests"])} for r in rows])
        pq.write_table(table, out)
    else:
        raise CodedivError(f"unknown export format {out.suffix!r}; use .jsonl, .csv or .parquet")
    return out
