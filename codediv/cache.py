"""Content-addressed verdict cache (SQLite), bounded in size.

Models repeat the same program across checkpoints and samples; a program judged once against
the same tests, limits and comparison mode, in the same judging environment, is never run
again. The key is a SHA-256 built by ``judge.cache_key`` (program, tests hash, mode, limits,
TLE budget, isolation, interpreter version, hash of the judge's code); the value is the result
without its problem/sample ids. Only reproducible results are stored (the judge decides).

Size: at most ``max_entries`` verdicts; every read marks its hits as used, and when a write
takes the table past the cap the least recently used tenth of it is deleted.

Reads and writes one SQLite file (WAL), by default ``~/.cache/codediv/verdicts.sqlite``
(``$CODEDIV_CACHE_DIR`` overrides the folder); safe to share between processes. Earlier
formats of the table are dropped (their keys could never match again).
"""
from __future__ import annotations

import itertools
import json
import os
import sqlite3
import time
from pathlib import Path

_TABLE = "verdicts_v2"


def default_cache_path() -> Path:
    base = os.environ.get("CODEDIV_CACHE_DIR") or Path.home() / ".cache" / "codediv"
    return Path(base) / "verdicts.sqlite"


class VerdictCache:
    """Map cache key -> result dict, least recently used evicted past ``max_entries``."""

    def __init__(self, path: str | Path | None = None, max_entries: int = 200_000):
        self.path = Path(path) if path else default_cache_path()
        self.max_entries = max(1, int(max_entries))
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(self.path, timeout=60, check_same_thread=False)
        self._db.execute("PRAGMA journal_mode=WAL")
        with self._db:
            self._db.execute("DROP TABLE IF EXISTS verdicts")
            self._db.execute(f"CREATE TABLE IF NOT EXISTS {_TABLE} (key TEXT PRIMARY KEY, result TEXT NOT NULL, "
                             "used REAL NOT NULL)")
            self._db.execute(f"CREATE INDEX IF NOT EXISTS {_TABLE}_used ON {_TABLE} (used)")
        self._count = self._db.execute(f"SELECT COUNT(*) FROM {_TABLE}").fetchone()[0]
        self._clock = itertools.count()

    def _now(self) -> float:
        # Wall time orders entries across processes; the counter breaks ties within one.
        return time.time() + next(self._clock) * 1e-9

    def get_many(self, keys: list[str]) -> dict[str, dict]:
        found: dict[str, dict] = {}
        uniq = list(dict.fromkeys(keys))
        for i in range(0, len(uniq), 500):
            chunk = uniq[i:i + 500]
            q = f"SELECT key, result FROM {_TABLE} WHERE key IN ({','.join('?' * len(chunk))})"
            for key, result in self._db.execute(q, chunk):
                found[key] = json.loads(result)
        if found:
            now = self._now()
            with self._db:
                self._db.executemany(f"UPDATE {_TABLE} SET used = ? WHERE key = ?", [(now, k) for k in found])
        return found

    def put_many(self, items: dict[str, dict]) -> None:
        if not items:
            return
        now = self._now()
        with self._db:
            before = self._db.total_changes
            self._db.executemany(f"INSERT OR IGNORE INTO {_TABLE} VALUES (?, ?, ?)",
                                 [(k, json.dumps(v, sort_keys=True), now) for k, v in items.items()])
            self._count += self._db.total_changes - before
            if self._count > self.max_entries:
                self._evict()

    def _evict(self) -> None:
        self._count = self._db.execute(f"SELECT COUNT(*) FROM {_TABLE}").fetchone()[0]  # other writers
        excess = self._count - self.max_entries
        if excess <= 0:
            return
        drop = excess + self.max_entries // 10  # evict in batches, not one row per write
        self._db.execute(f"DELETE FROM {_TABLE} WHERE key IN (SELECT key FROM {_TABLE} ORDER BY used LIMIT ?)",
                         (drop,))
        self._count = self._db.execute(f"SELECT COUNT(*) FROM {_TABLE}").fetchone()[0]

    def __len__(self) -> int:
        return self._db.execute(f"SELECT COUNT(*) FROM {_TABLE}").fetchone()[0]

    def close(self) -> None:
        self._db.close()
