"""Find a source's data files (local, or on the Hugging Face Hub) and read their rows.

:func:`resolve_files` takes a location that is either an existing local file or folder, or a
Hugging Face dataset id such as ``"BAAI/TACO"``. Patterns are ``fnmatch`` patterns on paths
relative to the folder, the rule ``huggingface_hub``'s ``allow_patterns`` uses (``*`` also
crosses ``/``), so the same patterns select files in a download and in a local copy of it. A
local file named directly is taken as it is, whatever the patterns say.

:func:`read_rows` reads parquet and JSON/JSONL (optionally gzipped) files through
``datasets.load_dataset("parquet"|"json", data_files=..., split="train", streaming=True)``:
the files themselves, never a loading script (``datasets`` >= 4 refuses those), one file at a
time so a failure names its file, and streamed so a ``limit`` stops reading early and no
Arrow copy of a multi-GB dataset is written to the cache.

Every failure to reach or read the data raises :class:`SourceUnavailable` with one sentence
saying what failed and how to point codediv at local files instead.
"""
from __future__ import annotations

import fnmatch
import logging
import os
from pathlib import Path
from typing import Iterable, Iterator

from . import SourceUnavailable

log = logging.getLogger(__name__)

_HINT = "download the dataset files elsewhere and set the source's `path` to that file or folder"
_TRUE = {"1", "ON", "YES", "TRUE"}


def _hub_offline() -> bool:
    # Read at call time: huggingface_hub reads HF_HUB_OFFLINE once, when it is imported.
    return os.environ.get("HF_HUB_OFFLINE", "").strip().upper() in _TRUE


def _match(root: Path, patterns: list[str]) -> list[Path]:
    """Files under ``root`` whose relative posix path matches any pattern, sorted."""
    found = []
    for p in root.rglob("*"):
        rel = p.relative_to(root).as_posix()
        if p.is_file() and any(fnmatch.fnmatchcase(rel, pat) for pat in patterns):
            found.append(p)
    return sorted(found)


def _hub_failure_reason(exc: Exception, revision: str | None) -> str:
    from huggingface_hub import errors

    if isinstance(exc, errors.GatedRepoError):
        return "the dataset is gated: accept its terms on the Hub and log in"
    if isinstance(exc, errors.RevisionNotFoundError):
        return f"it has no revision {revision!r}"
    if isinstance(exc, errors.RepositoryNotFoundError):
        return "no such dataset repository is visible"
    if isinstance(exc, errors.HFValidationError):
        return "it is neither an existing local path nor a valid dataset id"
    if isinstance(exc, errors.LocalEntryNotFoundError):
        if _hub_offline():
            return "HF_HUB_OFFLINE is set and the files are not in the local Hugging Face cache"
        return "the Hub could not be reached and the files are not in the local Hugging Face cache"
    first_line = (str(exc).strip().splitlines() or [""])[0][:160].rstrip(".")
    return f"{type(exc).__name__}: {first_line}" if first_line else type(exc).__name__


def _download(repo_id: str, patterns: list[str], revision: str | None) -> Path:
    try:
        from huggingface_hub import snapshot_download

        folder = snapshot_download(repo_id=repo_id, repo_type="dataset", allow_patterns=patterns,
                                   revision=revision, local_files_only=_hub_offline())
    except Exception as e:  # any failure to reach the Hub is the same thing to the user
        reason = _hub_failure_reason(e, revision)
        raise SourceUnavailable(f"{repo_id!r} is not a local file or folder and could not be fetched as a "
                                f"Hugging Face dataset ({reason}); {_HINT}") from e
    return Path(folder)


def resolve_files(location: str, patterns: list[str], revision: str | None = None) -> list[Path]:
    """The data files at ``location`` matching ``patterns``: local first, else from the Hub."""
    local = Path(location).expanduser()
    if local.is_file():
        return [local]
    if local.is_dir():
        files = _match(local, patterns)
        if not files:
            raise SourceUnavailable(f"folder {str(local)!r} has no files matching {', '.join(patterns)}; "
                                    f"point the source's `path` at the folder that holds them")
        return files
    folder = _download(location, patterns, revision)
    files = _match(folder, patterns)
    if not files:
        raise SourceUnavailable(f"dataset {location!r} on the Hugging Face Hub has no files matching "
                                f"{', '.join(patterns)}; {_HINT}")
    return files


def _builder_for(path: Path) -> str:
    name = path.name.lower()
    if name.endswith(".parquet"):
        return "parquet"
    if name.endswith((".jsonl", ".json", ".jsonl.gz", ".json.gz")):
        return "json"
    raise SourceUnavailable(f"cannot read {path}: unsupported file type (expected .parquet, .jsonl, "
                            f".json or a gzipped .jsonl.gz)")


def _read_one(path: Path) -> Iterator[dict]:
    import datasets

    builder = _builder_for(path)
    try:
        rows = datasets.load_dataset(builder, data_files=[str(path)], split="train", streaming=True)
        yield from iter(rows)
    except Exception as e:  # pyarrow, datasets and OS errors all mean: this file cannot be read
        reason = (str(e).strip().splitlines() or [type(e).__name__])[0][:200]
        raise SourceUnavailable(f"cannot read {path}: {reason}") from e


def read_rows(files: Iterable[str | Path]) -> Iterator[dict]:
    """Rows of each file in turn, as plain dicts (nested structs become dicts/lists)."""
    for f in files:
        path = Path(f)
        if not path.is_file():
            raise SourceUnavailable(f"cannot read {path}: no such file")
        log.debug("reading %s", path)
        yield from _read_one(path)
