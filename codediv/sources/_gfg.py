"""TACO's GeeksforGeeks rows as call-style problems.

GeeksforGeeks problems ask for one method of ``class Solution`` ("You don't need to read input
or print anything"); TACO keeps the method's starter code but no ``fn_name``, and its tests are
the statement's examples as written there::

    starter_code  class Solution:\\n    def minTime (self, arr, n, k):\\n        #code here
    inputs[i]     n = 5\\nk = 3\\narr[] = {5,10,30,20,15}
    outputs[i]    35

Such a row is never a stdin problem (no program reads those lines). :func:`gfg_problem_parts`
turns it into a ``call`` problem when every test input parses unambiguously, and otherwise
raises :class:`Skip` with a counted reason.

Parsing rules. The entry point is the one method of ``class Solution`` (``__init__`` and
underscore names aside), or the starter's one top-level function; its parameters after
``self`` give the argument order. Each input is a sequence of ``name = value`` assignments,
one or more per line (``N = 3, M = 4``); a name may carry ``[]``/``[][]`` (``arr[]``,
``mat[][]``). Names are matched to the parameters case-insensitively and every parameter must
be given exactly once, so arguments are placed by name, never by position; when all names but
one match, the one input left goes to the one parameter left (``A[] = {…}`` for ``arr``).
Values:

* ``{...}`` or ``[...]``: a list, nested braces a matrix; items are numbers, quoted strings or
  bare words (strings);
* a quoted string (``"abc"`` or ``'a'``): that string;
* an integer in canonical form (``5``, ``-3``; not ``007``) or a decimal (``2.5``): a number;
* otherwise, for a name with ``[]``: whitespace/comma separated items as above; for a plain
  name, one bare word (``abc``) is a string. A bare value with spaces under a plain name, a
  linked list (``1->2->3``) or any line that is not an assignment (trees drawn in ASCII,
  ``LinkedList: ...``) is not parsed: the row is skipped.

The expected output stays the text GeeksforGeeks' driver printed; the problem gets the
``gfg`` checker, which compares the method's return value rendered the way such a driver
prints it (:mod:`codediv.compare`). Solutions are TACO's as given (they define the class).
"""
from __future__ import annotations

import json
import re
from typing import Any

from ..records import Test
from ._common import Skip

_CLASS = re.compile(r"^class\s+Solution\b.*:", re.M)
_DEF = re.compile(r"^(?P<indent>[ \t]*)def\s+(?P<name>[A-Za-z_]\w*)\s*\((?P<params>[^)]*)\)", re.M)
_NAME = re.compile(r"\s*(?P<name>[A-Za-z_]\w*)\s*(?P<dims>(?:\[\s*\]\s*)*)=(?!=)")
_INT = re.compile(r"-?(?:0|[1-9]\d*)")
_DECIMAL = re.compile(r"-?\d+\.\d+")
_NEXT_NAME = re.compile(r",\s*[A-Za-z_]\w*\s*(?:\[\s*\]\s*)*=(?!=)")


def entry_point_and_params(starter: str) -> tuple[str, list[str]] | None:
    """(method name, parameter names without self) from GeeksforGeeks starter code, or None."""
    in_class = _CLASS.search(starter)
    defs = [m for m in _DEF.finditer(starter)]
    if in_class:
        defs = [m for m in defs if m.start() > in_class.start() and m.group("indent")]
    else:
        defs = [m for m in defs if not m.group("indent")]
    defs = [m for m in defs if not m.group("name").startswith("_")]
    if len(defs) != 1:
        return None
    params = []
    for raw in defs[0].group("params").split(","):
        name = raw.split(":")[0].split("=")[0].strip().lstrip("*")
        if name:
            params.append(name)
    if in_class:
        if not params or params[0] != "self":
            return None
        params = params[1:]
    return defs[0].group("name"), params


def is_gfg_row(starter: str, fn_name: Any) -> bool:
    """A TACO row without ``fn_name`` whose starter code defines the function to write."""
    return fn_name is None and bool(starter.strip()) and _DEF.search(starter) is not None


# -- values -------------------------------------------------------------------------------
def _scalar(word: str) -> Any:
    if _INT.fullmatch(word):
        return int(word)
    if _DECIMAL.fullmatch(word):
        return float(word)
    if len(word) >= 2 and word[0] == word[-1] and word[0] in "\"'":
        return word[1:-1]
    if "->" in word or "<-" in word:
        raise Skip("GeeksforGeeks row: linked-list or tree input")
    return word


def _split_items(body: str) -> list[str]:
    """Top-level comma-separated items of a bracket body (brackets and quotes respected)."""
    items, depth, quote, start = [], 0, "", 0
    for i, ch in enumerate(body):
        if quote:
            quote = "" if ch == quote else quote
        elif ch in "\"'":
            quote = ch
        elif ch in "{[":
            depth += 1
        elif ch in "}]":
            depth -= 1
        elif ch == "," and depth == 0:
            items.append(body[start:i])
            start = i + 1
    items.append(body[start:])
    return [it.strip() for it in items]


def _bracketed(text: str, depth: int = 0) -> Any:
    body = text[1:-1].strip()
    if not body:
        return []
    if depth > 8:  # no GeeksforGeeks argument nests deeper; refuse rather than recurse
        raise Skip("GeeksforGeeks row: unparseable input")
    out = []
    for item in _split_items(body):
        if not item or (item[0] in "{[" and item[-1] not in "}]"):
            raise Skip("GeeksforGeeks row: unparseable input")
        out.append(_bracketed(item, depth + 1) if item[0] in "{[" else _scalar(item))
    return out


def _close_of(text: str, start: int) -> int:
    """Index just past the bracket group opening at ``start`` (quotes respected)."""
    depth, quote = 0, ""
    for i in range(start, len(text)):
        ch = text[i]
        if quote:
            quote = "" if ch == quote else quote
        elif ch in "\"'":
            quote = ch
        elif ch in "{[":
            depth += 1
        elif ch in "}]":
            depth -= 1
            if depth == 0:
                return i + 1
    raise Skip("GeeksforGeeks row: unparseable input")


def _bare(value: str, is_array: bool) -> Any:
    value = value.strip()
    if not value:
        raise Skip("GeeksforGeeks row: unparseable input")
    words = [w for w in re.split(r"[\s,]+", value) if w]
    if is_array:
        return [_scalar(w) for w in words]
    if len(words) != 1:
        raise Skip("GeeksforGeeks row: ambiguous input value")
    return _scalar(words[0])


def parse_assignments(text: str) -> list[tuple[str, Any]]:
    """``name = value`` pairs of one GeeksforGeeks test input, in order (raises Skip)."""
    pairs, pos = [], 0
    while True:
        while pos < len(text) and (text[pos].isspace() or text[pos] == ","):
            pos += 1
        if pos >= len(text):
            return pairs
        m = _NAME.match(text, pos)
        if not m:
            raise Skip("GeeksforGeeks row: unparseable input")
        name, is_array = m.group("name"), bool(m.group("dims").strip())
        pos = m.end()
        while pos < len(text) and text[pos] in " \t":
            pos += 1
        if pos < len(text) and text[pos] in "{[":
            end = _close_of(text, pos)
            value = _bracketed(text[pos:end])
        elif pos < len(text) and text[pos] in "\"'":
            close = text.find(text[pos], pos + 1)
            if close < 0:
                raise Skip("GeeksforGeeks row: unparseable input")
            value, end = text[pos + 1:close], close + 1
        else:
            line_end = text.find("\n", pos)
            line_end = len(text) if line_end < 0 else line_end
            nxt = _NEXT_NAME.search(text, pos, line_end)
            end = nxt.start() if nxt else line_end
            value = _bare(text[pos:end], is_array)
        pairs.append((name, value))
        pos = end


def _arguments(text: str, params: list[str]) -> str:
    by_name = {}
    for name, value in parse_assignments(text):
        if name.lower() in by_name:
            raise Skip("GeeksforGeeks row: ambiguous input value")
        by_name[name.lower()] = value
    keys = [p.lower() for p in params]
    if len(set(keys)) != len(keys) or len(by_name) != len(keys):
        raise Skip("GeeksforGeeks row: input names differ from the method's parameters")
    missing, extra = [k for k in keys if k not in by_name], [n for n in by_name if n not in keys]
    if len(missing) == 1 and len(extra) == 1:  # every other name matches: the one left is forced
        by_name[missing[0]] = by_name.pop(extra[0])
    elif missing:
        raise Skip("GeeksforGeeks row: input names differ from the method's parameters")
    return "\n".join(json.dumps(by_name[k], ensure_ascii=False) for k in keys)


def _text(value: Any) -> str:
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return "\n".join(value)
    if not isinstance(value, str):
        raise Skip("undecodable tests")
    return value


def gfg_problem_parts(starter: str, inputs: list[Any], outputs: list[Any]) -> tuple[str, tuple[Test, ...]]:
    """(entry point, call-style tests) of a GeeksforGeeks row; raises Skip with the reason."""
    found = entry_point_and_params(starter)
    if found is None:
        raise Skip("GeeksforGeeks row: no single method in the starter code")
    entry, params = found
    tests = tuple(Test(_arguments(_text(i), params), _text(o)) for i, o in zip(inputs, outputs, strict=True))
    return entry, tests
