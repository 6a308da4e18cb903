"""The APPS test/solution encoding, shared by the APPS and TACO loaders (TACO extends APPS).

``input_output`` is a JSON object ``{"inputs": [...], "outputs": [...], "fn_name"?: str}``:

* With ``fn_name`` the problem is a ``call`` problem (LeetCode/Codewars style) whose entry point
  is ``fn_name``. ``inputs[i]`` is the list of arguments of test i; it becomes one JSON value per
  argument, newline-joined. ``outputs[i]`` is the expected return value, except that APPS/TACO
  usually wrap it in a one-element list (Codewars rows give ``[[false], [true]]``; LeetCode rows
  often give the bare value). Both graders accept either reading; codediv must choose one, and
  unwraps a one-element list. A function whose true result is itself a one-element list ``[x]``
  stored unwrapped therefore becomes ``x``: a rare, known imprecision of the source format.
* Without ``fn_name`` the problem is a ``stdin`` problem: ``inputs[i]``/``outputs[i]`` are the
  raw stdin/stdout, either a string or a list of lines (joined with ``"\\n"``). Every non-empty
  input is given a trailing newline, as a terminal or a file would.

Both harnesses grade by the same comparison cascade, prepend the same imports and run a stdin
program as the body of a function, so the loaders give every problem the ``apps`` checker
(:mod:`codediv.compare`) and the ``apps`` harness (:mod:`codediv.harness`).

``solutions`` is a JSON list of Python programs. The source ``url`` gives the platform
(``codeforces``, ``atcoder``, ``leetcode``, ``codewars``, …) and, for Codeforces and AtCoder,
the contest id.
"""
from __future__ import annotations

import json
import re
from typing import Any
from urllib.parse import urlparse

from ..records import Test
from ._common import Skip

_PLATFORM_HOSTS = ("codeforces", "atcoder", "leetcode", "codewars", "codechef", "hackerrank",
                   "hackerearth", "kattis", "geeksforgeeks", "u-aizu", "spoj", "topcoder")
_CF_CONTEST = re.compile(r"/(?:problemset/problem|contest|gym)/(\d+)")
_ATCODER_CONTEST = re.compile(r"/contests/([^/]+)")


def parse_json(value: Any, what: str) -> Any:
    """``value`` decoded from JSON when it is a string, else as it is; failure skips the record."""
    if not isinstance(value, str):
        return value
    try:
        return json.loads(value)
    except (json.JSONDecodeError, RecursionError):
        raise Skip(f"undecodable {what}") from None


def _stdin_text(value: Any, is_input: bool) -> str:
    if isinstance(value, list) and all(isinstance(line, str) for line in value):
        value = "\n".join(value)
    if not isinstance(value, str):
        raise Skip("undecodable tests")
    if is_input and value and not value.endswith("\n"):
        value += "\n"
    return value


def _call_args(args: Any) -> str:
    if not isinstance(args, list):
        raise Skip("undecodable tests")
    return "\n".join(json.dumps(a, ensure_ascii=False) for a in args)


def _call_result(value: Any) -> str:
    if isinstance(value, list) and len(value) == 1:
        value = value[0]
    return json.dumps(value, ensure_ascii=False)


def parse_io(raw: Any) -> dict[str, Any]:
    """An APPS ``input_output`` value (JSON string or dict) checked: equal-length, non-empty
    ``inputs``/``outputs`` lists and an optional ``fn_name``; anything else skips the record."""
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        raise Skip("no tests")
    io = parse_json(raw, "tests")
    if not isinstance(io, dict):
        raise Skip("undecodable tests")
    inputs, outputs = io.get("inputs"), io.get("outputs")
    if not isinstance(inputs, list) or not isinstance(outputs, list) or len(inputs) != len(outputs):
        raise Skip("undecodable tests")
    if not inputs:
        raise Skip("no tests")
    return io


def tests_from_io(raw: Any) -> tuple[str, str | None, tuple[Test, ...]]:
    """(style, entry_point, tests) from an APPS ``input_output`` value (JSON string or dict)."""
    io = parse_io(raw)
    inputs, outputs = io["inputs"], io["outputs"]
    fn_name = io.get("fn_name")
    if fn_name is not None:
        if not isinstance(fn_name, str) or not fn_name.strip():
            raise Skip("undecodable tests")
        tests = tuple(Test(_call_args(i), _call_result(o)) for i, o in zip(inputs, outputs, strict=True))
        return "call", fn_name.strip(), tests
    tests = tuple(Test(_stdin_text(i, True), _stdin_text(o, False)) for i, o in zip(inputs, outputs, strict=True))
    return "stdin", None, tests


def solutions_from(raw: Any) -> tuple[str, ...]:
    """Reference programs from a JSON list (empty/None = none); anything else skips the record."""
    if raw is None or (isinstance(raw, str) and not raw.strip()):
        return ()
    sols = parse_json(raw, "solutions")
    if not isinstance(sols, list) or not all(isinstance(s, str) for s in sols):
        raise Skip("undecodable solutions")
    return tuple(s for s in sols if s.strip())


def platform_from_url(url: str) -> str | None:
    """``codeforces``, ``atcoder``, ``leetcode``… from a problem URL's host, None when unknown."""
    host = (urlparse(url.strip()).hostname or "").lower()
    for name in _PLATFORM_HOSTS:
        if name in host.split("."):
            return "aizu" if name == "u-aizu" else name
    return None


def contest_from_url(url: str) -> str | None:
    """Codeforces contest number or AtCoder contest slug from a problem URL, else None."""
    platform = platform_from_url(url)
    pattern = {"codeforces": _CF_CONTEST, "atcoder": _ATCODER_CONTEST}.get(platform or "")
    m = pattern.search(urlparse(url.strip()).path) if pattern else None
    return m.group(1) if m else None


def title_from_url(url: str) -> str:
    """A URL's last path segment (``kth-missing-positive-number``), with its parent when short
    (Codeforces ``1036/B``); "" when the URL has no path."""
    parts = [p for p in urlparse(url.strip()).path.split("/") if p]
    if len(parts) >= 2 and len(parts[-1]) <= 2:
        return f"{parts[-2]}/{parts[-1]}"
    return parts[-1] if parts else ""
