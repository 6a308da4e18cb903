"""Content-addressed verdict cache (SQLite).

Models repeat the same program across checkpoints and samples; a program judged once against
the same tests, limits and comparison mode is never run again. The key is a SHA-256 over the
judge version, the program, the problem's style/entry point/tests/checker, the limits and the
mode (``judge.cache_key``); the value is the result without its problem/sample ids.

Reads and writes one SQLite file (WAL), by default ``~/.cache/codediv/verdicts.sqlite``
(``$CODEDIV_CACHE_DIR`` overrides the folder). Only the judge's main thread touches it.
"""
from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path


def default_cache_path() -> Path:
    base = os.environ.get("CODEDIV_CACHE_DIR") or Path.home() / ".cache" / "codediv"
    return Path(base) / "verdicts.sqlite"


class VerdictCache:
    """Map cache key -> result dict; safe to share between processes (SQLite locking)."""

    def __init__(self, path: str | Path | None = None):
        self.path = Path(path) if path else default_cache_path()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(self.path, timeout=60, check_same_thread=False)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("CREATE TABLE IF NOT EXISTS verdicts (key TEXT PRIMARY KEY, result TEXT NOT NULL)")
        self._db.commit()

    def get_many(self, keys: list[str]) -> dict[str, dict]:
        found: dict[str, dict] = {}
        uniq = list(dict.fromkeys(keys))
        for i in range(0, len(uniq), 500):
            chunk = uniq[i:i + 500]
            q = f"SELECT key, result FROM verdicts WHERE key IN ({','.join('?' * len(chunk))})"
            for key, result in self._db.execute(q, chunk):
                found[key] = json.loads(result)
        return found

    def put_many(self, items: dict[str, dict]) -> None:
        if not items:
            return
        with self._db:
            self._db.executemany("INSERT OR REPLACE INTO verdicts VALUES (?, ?)",
                                 [(k, json.dumps(v, sort_keys=True)) for k, v in items.items()])

    def close(self) -> None:
        self._db.close()
