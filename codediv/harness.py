"""How the datasets' own harnesses run a program, as data a problem names (``Problem.harness``).

Reads and writes nothing. A benchmark's harness decides what a valid program is, not only how
its output is compared (that is the problem's ``checker``, :mod:`codediv.compare`). Two
harnesses run a program differently from ``python main.py``, and their rows are correct only
under those semantics; each is named here, with the upstream file it follows:

* ``apps``: the ``testing_util.py`` that APPS (hendrycks/apps ``eval/testing_util.py``,
  ``run_test``) and TACO (FlagOpen/TACO ``metrics/testing_util.py``, ``synthesize_std_code`` and
  ``synthesize_cb_code``) share. Before the program the harness puts a fixed list of imports
  (``sqrt``, ``Counter``, ``np``, ``heappush``… are then defined without being imported), for
  a stdin program followed by ``stdin = sys.stdin`` and ``stdout = sys.stdout``; it runs a
  stdin program as the body of a function, so a top-level ``return`` ends it.
* ``lcb``: LiveCodeBench (``lcb_runner/evaluation/testing_util.py``): its ``import_string``
  (star imports of ``string``, ``re``, ``datetime``, ``collections``, ``heapq``, ``bisect``,
  ``copy``, ``math``, ``random``, ``statistics``, ``itertools``, ``functools``, ``operator``,
  ``io``, ``sys``, ``json``, ``builtins``, ``typing``, the modules themselves, and
  ``sys.setrecursionlimit(50000)``) goes before both stdin and call programs; ``grade_stdio``
  wraps a stdin program in a function (``make_function``), so a top-level ``return`` ends it.

How the judge applies a harness (``_forkserver.py``, ``_testchild.py``): the prelude is compiled and executed
apart from the program, line by line, in the program's globals, before the program, so a
program's ``from __future__`` imports still work and its tracebacks keep its own line numbers.
Each line is guarded: one that fails (``numpy`` not installed) leaves its names undefined and
only a program that uses them fails. An import line none of whose names the program (or a
later prelude line) mentions is skipped, since it could not change what the program does
(``numpy`` costs 0.1 s of CPU to import), unless the program reaches names dynamically
(``eval``, ``exec``, ``globals``, ``vars``, ``locals``, ``__import__``). Call programs get the
judge's LeetCode names (``List``, ``deque``, …) after the prelude, as without a harness (so
``Counter`` is ``collections.Counter`` there, not the alias LiveCodeBench's ``from typing
import *`` leaves, which builds the same objects).

Residual differences: TACO puts a program's leading import lines before its prelude (APPS puts
them after it), so there a leading star import that rebinds a prelude name (``from numpy
import *``, then ``sqrt``) loses to the prelude, here it wins; module globals do not become
function locals, so a program LiveCodeBench's wrapping breaks (``global`` in a nested
function) is accepted here; TACO imports the prelude inside every test's time, here it runs
once per program, before the tests. The harnesses' timeouts are each loader's time limit
(documented with its grader), applied as CPU time where the harnesses use wall time.
"""
from __future__ import annotations

_APPS_IMPORTS = (
    "import sys", "import time", "import itertools",
    "from itertools import accumulate, product, permutations, combinations",
    "import collections", "from collections import Counter, OrderedDict, deque, defaultdict, ChainMap",
    "from functools import lru_cache", "import math",
    "from math import sqrt, sin, cos, tan, ceil, fabs, floor, gcd, exp, log, log2",
    "import fractions", "from typing import List, Tuple", "import numpy as np", "import random",
    "import heapq", "from heapq import *",
)
_LCB_MODULES = ("string", "re", "datetime", "collections", "heapq", "bisect", "copy", "math", "random",
                "statistics", "itertools", "functools", "operator", "io", "sys", "json")
_LCB_IMPORTS = tuple(f"from {m} import *" for m in (*_LCB_MODULES, "builtins", "typing")) + tuple(
    f"import {m}" for m in _LCB_MODULES) + ("sys.setrecursionlimit(50000)",)

#: harness name -> (prelude of stdin programs, prelude of call and assert programs), one statement a line
PRELUDES: dict[str, tuple[str, str]] = {
    "apps": ("\n".join(_APPS_IMPORTS + ("stdin = sys.stdin", "stdout = sys.stdout")) + "\n",
             "\n".join(_APPS_IMPORTS) + "\n"),
    "lcb": ("\n".join(_LCB_IMPORTS) + "\n", "\n".join(_LCB_IMPORTS) + "\n"),
}
HARNESSES = tuple(PRELUDES)  #: the values ``Problem.harness`` may take besides None


def prelude(harness: str | None, style: str) -> str:
    """The code ``harness`` runs before a program of ``style`` ("" without a harness)."""
    if harness is None:
        return ""
    stdin_prelude, call_prelude = PRELUDES[harness]
    return stdin_prelude if style == "stdin" else call_prelude


def run_options(harness: str | None, style: str, top_level_return: bool) -> dict:
    """The fork server's load options for a problem: its prelude, and whether a top-level
    ``return`` ends a stdin program (every harness here wraps stdin programs in a function)."""
    return {"prelude": prelude(harness, style),
            "top_level_return": style == "stdin" and (top_level_return or harness is not None)}
