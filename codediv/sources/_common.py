"""Helpers every external loader shares: skip/filter signalling, field access, collection.

A loader maps one record at a time. When a record is unusable the mapping raises
:class:`Skip` with a short reason ("no tests", "missing field question", …); when a filter
leaves it out, :class:`Filtered` with the filter's name. :func:`collect` turns a stream of
records into a :class:`SourceResult`, counting both and never stopping on a bad record.
"""
from __future__ import annotations

import datetime as dt
import logging
import re
from collections import Counter
from typing import Any, Callable, Iterable, TypeVar

from ..records import Problem, RecordInvalid
from . import SourceConfigError
from . import SourceResult

log = logging.getLogger(__name__)
T = TypeVar("T")

DIFFICULTIES = ("easy", "medium", "hard")
_ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")


class Skip(Exception):
    """The record is unusable; ``reason`` is the short string it is counted under."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


class Filtered(Exception):
    """A filter left the record out; ``reason`` names the filter."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


def text(row: dict[str, Any], name: str, required: bool = True) -> str:
    """``row[name]`` as a string; missing/None is "" unless required; a non-string is skipped."""
    value = row.get(name)
    if value is None:
        if required:
            raise Skip(f"missing field {name}")
        return ""
    if not isinstance(value, str):
        raise Skip(f"wrong type for field {name}")
    if required and not value.strip():
        raise Skip(f"missing field {name}")
    return value


def iso_date(value: Any) -> str | None:
    """The ``YYYY-MM-DD`` date at the start of ``value`` (e.g. ``2024-08-03T00:00:00``), else None.

    A date/datetime object is taken too: the JSON reader turns ISO strings into timestamps."""
    if isinstance(value, dt.date):  # datetime is a date subclass
        return value.isoformat()[:10]
    m = _ISO_DATE.match(value.strip()) if isinstance(value, str) else None
    return "-".join(m.groups()) if m else None


def choices(values: Iterable[str] | str | None, what: str,
            allowed: Iterable[str] | None = None) -> frozenset[str] | None:
    """Normalise a filter option to a lower-case set (None = no filter); reject unknown values."""
    if values is None:
        return None
    if isinstance(values, str):
        values = [values]
    chosen = frozenset(str(v).strip().lower() for v in values)
    if allowed is not None:
        known = {a.lower() for a in allowed}
        unknown = sorted(chosen - known)
        if unknown:
            raise SourceConfigError(f"unknown {what} {', '.join(unknown)}; use some of {', '.join(sorted(known))}")
    return chosen


#: values of the ``limits`` option of the sources whose rows state a contest's limits (TACO,
#: CodeContests): "harness", the limits the dataset's own grader applies (the default), or
#: "contest", the limits the row states (set for C++ programs: Python often needs more)
LIMITS = ("harness", "contest")


def check_limits_option(value: str) -> str:
    if value not in LIMITS:
        raise SourceConfigError(f"limits is {value!r}; use harness (the limits the dataset's grader applies) "
                                f"or contest (the limits the row states)")
    return value


def contest_limit_tags(time_s: float | None, memory_mb: int | None) -> tuple[str, ...]:
    """The limits a row states, kept as tags whichever limits apply: ``contest-time-limit:2.5s``,
    ``contest-memory-limit:256MB``."""
    return ((f"contest-time-limit:{time_s:g}s",) if time_s else ()) + \
        ((f"contest-memory-limit:{memory_mb}MB",) if memory_mb else ())


def check_limit(limit: int | None) -> None:
    if limit is not None and (not isinstance(limit, int) or isinstance(limit, bool) or limit < 0):
        raise SourceConfigError(f"limit must be a non-negative integer or None, got {limit!r}")


def collect(records: Iterable[T], to_problem: Callable[[T], Problem], limit: int | None = None) -> SourceResult:
    """Map every record, counting skipped and filtered ones; stop after ``limit`` problems."""
    check_limit(limit)
    result = SourceResult(problems=[], skipped=Counter(), filtered=Counter())
    seen: set[str] = set()
    if limit == 0:
        return result
    for record in records:
        try:
            problem = to_problem(record)
        except Skip as e:
            result.skipped[e.reason] += 1
            continue
        except Filtered as e:
            result.filtered[e.reason] += 1
            continue
        except RecordInvalid as e:
            result.skipped[f"invalid record: {e}"] += 1
            continue
        except (KeyError, TypeError, ValueError, AttributeError) as e:
            log.warning("skipping a malformed record: %s: %s", type(e).__name__, e)
            result.skipped[f"malformed record ({type(e).__name__})"] += 1
            continue
        if problem.id in seen:
            result.skipped["duplicate id"] += 1
            continue
        seen.add(problem.id)
        result.problems.append(problem)
        if limit is not None and len(result.problems) >= limit:
            break
    return result
