"""The evaluation store: ``results.sqlite``, one row per (arm, seed, step, problem, sample).

Tables (stdlib sqlite3, WAL; one writer — the eval stage's main thread). Every query on
them lives in this module; other modules call its methods.

``generations``
    key ``(arm, seed, step, problem_id, sample_id)``; ``prompt_hash`` (of the chat messages),
    ``tests_hash`` (of everything about the problem that affects a verdict),
    ``completion`` (raw model output), ``code`` (the extracted program), ``gen_tokens``,
    ``gen_time_s``, ``checkpoint`` (adapter folder, "" for the base model).
``judgments``
    same key; ``verdict`` (AC WA RE TLE MLE OLE CE NOCODE), ``passed``, ``total``,
    ``tests`` (JSON list of per-test verdicts), ``error`` (first failure's detail), ``cached``.
``likelihoods``
    key ``(arm, seed, step, problem_id, ref_id)``: the summed NLL (nats), tokens and UTF-8 bytes
    of reference solution ``ref_id`` of a benchmark problem under that model state, given the
    evaluation prompt; ``checkpoint_hash`` and ``input_hash`` (prompt, answer and model
    settings) say what it was computed from, so a stale row is recomputed, never reused.
``targets``
    one row per evaluated model state ``(arm, seed, step)``: ``checkpoint`` (folder),
    ``checkpoint_hash`` (content of its adapter files), ``generation_hash`` (generation
    settings and base model), ``judge_hash`` (judge settings), ``done`` (every benchmark
    problem × sample generated and judged when last evaluated).

The base model is stored as arm ``base``, seed 0, step 0: it is every arm's step 0.
A generation row is written before its judgment; a row is inserted once (``INSERT OR
IGNORE``), so an interrupted run that restarts neither duplicates nor loses rows, and
``generated_keys`` tells it what is left to do.

Invalidation is per target, never the whole store (:meth:`Store.sync_target`): a target
whose checkpoint content or generation settings changed loses its rows (they are generated
again); one whose judge settings alone changed loses only its judgments (its stored programs
are judged again); every other target keeps everything. Per problem,
:meth:`Store.drop_stale_rows` does the same for a changed prompt or changed tests. Rows stored
before ``targets`` existed are adopted as they are. ``export`` writes JSONL, CSV or Parquet.
"""
from __future__ import annotations

import csv
import json
import math
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
CREATE TABLE IF NOT EXISTS likelihoods (
    arm TEXT NOT NULL, seed INTEGER NOT NULL, step INTEGER NOT NULL,
    problem_id TEXT NOT NULL, ref_id INTEGER NOT NULL,
    checkpoint_hash TEXT NOT NULL, input_hash TEXT NOT NULL,
    nll REAL NOT NULL, n_tokens INTEGER NOT NULL, n_bytes INTEGER NOT NULL,
    PRIMARY KEY (arm, seed, step, problem_id, ref_id));
CREATE TABLE IF NOT EXISTS targets (
    arm TEXT NOT NULL, seed INTEGER NOT NULL, step INTEGER NOT NULL, checkpoint TEXT NOT NULL,
    checkpoint_hash TEXT NOT NULL, generation_hash TEXT NOT NULL, judge_hash TEXT NOT NULL,
    done INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (arm, seed, step));
"""
KEY = ("arm", "seed", "step", "problem_id", "sample_id")
GEN_COLS = KEY + ("prompt_hash", "tests_hash", "completion", "code", "gen_tokens", "gen_time_s", "checkpoint")
JUDGE_COLS = KEY + ("verdict", "passed", "total", "tests", "error", "cached")
LIK_COLS = ("arm", "seed", "step", "problem_id", "ref_id", "checkpoint_hash", "input_hash", "nll", "n_tokens", "n_bytes")
TARGET_COLS = ("arm", "seed", "step", "checkpoint", "checkpoint_hash", "generation_hash", "judge_hash", "done")
_TARGET = "arm=? AND seed=? AND step=?"


@dataclass(frozen=True)
class StoredTarget:
    """One evaluated model state and what its stored rows were made from."""

    arm: str
    seed: int
    step: int
    checkpoint: str  #: adapter folder ("" for the base model)
    checkpoint_hash: str  #: content hash of the adapter files
    generation_hash: str  #: hash of the generation settings and base model
    judge_hash: str  #: hash of the judge settings
    done: bool  #: every benchmark problem × sample was generated and judged


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
        q = f"SELECT problem_id, sample_id FROM generations WHERE {_TARGET}"
        return set(self.db.execute(q, (arm, seed, step)))

    def judged_keys(self, arm: str, seed: int, step: int) -> set[tuple[str, int]]:
        q = f"SELECT problem_id, sample_id FROM judgments WHERE {_TARGET}"
        return set(self.db.execute(q, (arm, seed, step)))

    # -- targets: what each evaluated model state's rows were made from ------------------
    def targets(self) -> list[StoredTarget]:
        q = f"SELECT {','.join(TARGET_COLS)} FROM targets ORDER BY arm, seed, step"
        return [StoredTarget(*r[:-1], bool(r[-1])) for r in self.db.execute(q)]

    def target(self, arm: str, seed: int, step: int) -> StoredTarget | None:
        q = f"SELECT {','.join(TARGET_COLS)} FROM targets WHERE {_TARGET}"
        r = self.db.execute(q, (arm, seed, step)).fetchone()
        return None if r is None else StoredTarget(*r[:-1], bool(r[-1]))

    def sync_target(self, arm: str, seed: int, step: int, checkpoint: str, checkpoint_hash: str,
                    generation_hash: str, judge_hash: str) -> str:
        """Record what a target is evaluated from; drop its rows that no longer match (module docstring).

        Returns ``"new"``, ``"kept"``, ``"regenerate"`` (checkpoint or generation settings
        changed: every row dropped) or ``"rejudge"`` (judge settings changed: judgments dropped).
        """
        old, key = self.target(arm, seed, step), (arm, seed, step)
        if old is None:
            status = "new"
        elif (old.checkpoint_hash, old.generation_hash) != (checkpoint_hash, generation_hash):
            status = "regenerate"
        elif old.judge_hash != judge_hash:
            status = "rejudge"
        else:
            return "kept"
        with self.db:
            if status == "regenerate":
                self.db.execute(f"DELETE FROM generations WHERE {_TARGET}", key)
            if status in ("regenerate", "rejudge"):
                self.db.execute(f"DELETE FROM judgments WHERE {_TARGET}", key)
            self.db.execute(f"INSERT OR REPLACE INTO targets ({','.join(TARGET_COLS)}) VALUES (?,?,?,?,?,?,?,0)",
                            (*key, checkpoint, checkpoint_hash, generation_hash, judge_hash))
        return status

    def drop_stale_rows(self, arm: str, seed: int, step: int, prompt_hashes: dict[str, str],
                        tests_hashes: dict[str, str]) -> tuple[int, int]:
        """Per problem of one target: drop generations made from another prompt (and their
        judgments), and judgments made against other tests (the generation takes the new tests
        hash, so it is judged again). Problems missing from the dicts are left alone.
        Returns (rows to generate again, rows to judge again)."""
        q = f"SELECT problem_id, sample_id, prompt_hash, tests_hash FROM generations WHERE {_TARGET}"
        regen, rejudge = [], []
        for pid, sid, ph, th in self.db.execute(q, (arm, seed, step)).fetchall():
            if pid in prompt_hashes and ph != prompt_hashes[pid]:
                regen.append((arm, seed, step, pid, sid))
            elif pid in tests_hashes and th != tests_hashes[pid]:
                rejudge.append((tests_hashes[pid], arm, seed, step, pid, sid))
        key = " AND ".join(f"{c}=?" for c in KEY)
        with self.db:
            self.db.executemany(f"DELETE FROM generations WHERE {key}", regen)
            self.db.executemany(f"DELETE FROM judgments WHERE {key}", regen + [r[1:] for r in rejudge])
            self.db.executemany(f"UPDATE generations SET tests_hash=? WHERE {key}", rejudge)
        return len(regen), len(rejudge)

    def mark_target_done(self, arm: str, seed: int, step: int, done: bool = True) -> None:
        with self.db:
            self.db.execute(f"UPDATE targets SET done=? WHERE {_TARGET}", (int(done), arm, seed, step))

    def drop_training_run(self, arm: str, seed: int) -> int:
        """Forget every row and target of one training run (it is being retrained); returns rows dropped."""
        with self.db:
            n = self.db.execute("DELETE FROM generations WHERE arm=? AND seed=?", (arm, seed)).rowcount
            self.db.execute("DELETE FROM judgments WHERE arm=? AND seed=?", (arm, seed))
            self.db.execute("DELETE FROM targets WHERE arm=? AND seed=?", (arm, seed))
            self.db.execute("DELETE FROM likelihoods WHERE arm=? AND seed=?", (arm, seed))
        return n

    # -- likelihoods: the reference-likelihood pass ---------------------------------------
    def add_likelihoods(self, rows: Iterable[dict]) -> int:
        """Insert or replace likelihood rows (dicts with LIK_COLS)."""
        q = f"INSERT OR REPLACE INTO likelihoods ({','.join(LIK_COLS)}) VALUES ({','.join('?' * len(LIK_COLS))})"
        with self.db:
            cur = self.db.executemany(q, [tuple(r[c] for c in LIK_COLS) for r in rows])
        return cur.rowcount

    def scored_inputs(self, arm: str, seed: int, step: int, checkpoint_hash: str) -> dict[tuple[str, int], str]:
        """``(problem_id, ref_id) -> input_hash`` of one target's rows made from this checkpoint content;
        rows made from other content are deleted (that checkpoint was retrained)."""
        with self.db:
            self.db.execute(f"DELETE FROM likelihoods WHERE {_TARGET} AND checkpoint_hash != ?",
                            (arm, seed, step, checkpoint_hash))
        q = f"SELECT problem_id, ref_id, input_hash FROM likelihoods WHERE {_TARGET}"
        return {(pid, ref): h for pid, ref, h in self.db.execute(q, (arm, seed, step))}

    def likelihood_outcomes(self) -> list[tuple[str, int, int, str, int, float, int, int]]:
        """``(arm, seed, step, problem_id, ref_id, nll, n_tokens, n_bytes)`` of every likelihood row."""
        q = "SELECT arm, seed, step, problem_id, ref_id, nll, n_tokens, n_bytes FROM likelihoods"
        return self.db.execute(q).fetchall()

    def unjudged(self) -> list[dict]:
        """Generations without a judgment (e.g. the run was killed between the two)."""
        q = (f"SELECT {','.join('g.' + c for c in GEN_COLS)} FROM generations g LEFT JOIN judgments j "
             f"USING ({','.join(KEY)}) WHERE j.verdict IS NULL ORDER BY {','.join('g.' + c for c in KEY)}")
        return [dict(zip(GEN_COLS, r)) for r in self.db.execute(q)]

    def rows(self, arm: str | None = None, seed: int | None = None, step: int | None = None,
             problem_id: str | None = None) -> Iterator[Row]:
        """Joined rows, ordered by key; each argument given filters on that key column."""
        filters = {k: v for k, v in (("arm", arm), ("seed", seed), ("step", step), ("problem_id", problem_id))
                   if v is not None}
        where = " AND ".join(f"g.{k}=?" for k in filters)
        cols = ",".join("g." + c for c in GEN_COLS) + "," + ",".join("j." + c for c in JUDGE_COLS[len(KEY):])
        q = (f"SELECT {cols} FROM generations g LEFT JOIN judgments j USING ({','.join(KEY)}) "
             f"{'WHERE ' + where if where else ''} ORDER BY {','.join('g.' + c for c in KEY)}")
        for r in self.db.execute(q, tuple(filters.values())):
            d = dict(zip(GEN_COLS + JUDGE_COLS[len(KEY):], r))
            d["tests"] = json.loads(d["tests"]) if d["tests"] is not None else None
            d["cached"] = bool(d["cached"]) if d["cached"] is not None else None
            yield Row(**d)

    def outcomes(self) -> list[tuple[str, int, int, str, str, int, int]]:
        """``(arm, seed, step, problem_id, verdict, passed, total)`` of every judgment: all the
        analysis needs, without parsing per-test lists or reading completions."""
        return self.db.execute("SELECT arm, seed, step, problem_id, verdict, passed, total FROM judgments").fetchall()

    def checkpoint_scores(self) -> list[dict]:
        """Per evaluated (arm, seed, step), base first: samples judged and accepted, problems, problems solved."""
        q = ("SELECT arm, seed, step, COUNT(*), SUM(verdict = 'AC'), COUNT(DISTINCT problem_id), "
             "COUNT(DISTINCT CASE WHEN verdict = 'AC' THEN problem_id END) FROM judgments "
             "GROUP BY arm, seed, step ORDER BY arm != 'base', arm, seed, step")
        return [{"arm": a, "seed": sd, "step": st, "judged": n, "accepted": ac, "problems": p, "solved": sv}
                for a, sd, st, n, ac, p, sv in self.db.execute(q)]

    def likelihood_scores(self) -> dict[tuple[str, int, int], dict]:
        """Per scored (arm, seed, step): problems scored and the pooled reference bits per byte."""
        q = ("SELECT arm, seed, step, COUNT(DISTINCT problem_id), SUM(nll), SUM(n_bytes) FROM likelihoods "
             "GROUP BY arm, seed, step")
        return {(a, sd, st): {"scored": n, "ref_bpb": nll / math.log(2) / nb if nb else None}
                for a, sd, st, n, nll, nb in self.db.execute(q)}

    def counts(self) -> dict[str, int]:
        g = self.db.execute("SELECT COUNT(*) FROM generations").fetchone()[0]
        j = self.db.execute("SELECT COUNT(*) FROM judgments").fetchone()[0]
        lik = self.db.execute("SELECT COUNT(*) FROM likelihoods").fetchone()[0]
        return {"generations": g, "judgments": j, "likelihoods": lik}


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
