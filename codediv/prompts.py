"""The one prompt template, for training examples and evaluation prompts alike, and code extraction.

Layout (LiveCodeBench-style, in codediv's own words):

* system: a short instruction to act as an expert Python programmer;
* user: ``### Question:`` + the statement, then ``### Format:`` — for ``stdin`` problems, an
  instruction to read stdin and write stdout with a ```python block to fill; for problems
  with starter code (``call``/``assert``), the starter code to complete — then
  ``### Answer:``;
* assistant (training only): the solution in one ```python fenced block.

``build_messages`` produces the system + user messages; ``training_messages`` appends the
assistant answer. Evaluation prompts and training examples both come from
``build_messages``, so they cannot drift apart.

``extract_code`` takes a completion and returns the program to judge: the last complete
```python (or bare ```) fenced block; else an unterminated final fence's content (generation
often stops at the token limit); else the whole completion if it compiles as Python; else
"" (the judge's ``NOCODE``). For ``assert`` problems whose extracted code does not define the
entry point, the starter code (signature + docstring) is prepended, since models often answer
with the body only.
"""
from __future__ import annotations

import hashlib
import json
import re

from .records import Problem

SYSTEM = ("You are an expert Python programmer. You are given a programming problem and you write a "
          "correct, efficient Python 3 program that solves it and passes all hidden tests.")
STDIN_FORMAT = ("Read the input from standard input, solve the problem, and write the answer to standard "
                "output. Do not test on the sample inputs yourself. Put your complete program in one "
                "block delimited as follows.\n```python\n# YOUR CODE HERE\n```")
STARTER_FORMAT = ("Complete the following starter code and put your whole solution in one block delimited "
                  "with backticks.\n```python\n{starter}\n```")
ANSWER = "### Answer: (your program in the format above)"

_FENCE = re.compile(r"```[ \t]*(?:python3?|py)?[ \t]*\n(.*?)```", re.S | re.I)
_OPEN_FENCE = re.compile(r"```[ \t]*(?:python3?|py)?[ \t]*\n(.*)$", re.S | re.I)


def user_prompt(problem: Problem) -> str:
    if problem.starter_code.strip():
        fmt = STARTER_FORMAT.format(starter=problem.starter_code.rstrip())
    else:
        fmt = STDIN_FORMAT
    return f"### Question:\n{problem.statement.strip()}\n\n### Format: {fmt}\n\n{ANSWER}\n"


def build_messages(problem: Problem) -> list[dict]:
    """System + user chat messages for a problem (evaluation prompt; training prefix)."""
    return [{"role": "system", "content": SYSTEM}, {"role": "user", "content": user_prompt(problem)}]


def format_answer(code: str) -> str:
    return f"```python\n{code.strip()}\n```"


def training_messages(problem: Problem, solution: str) -> list[dict]:
    """The full training conversation: the evaluation prompt plus the solution as the answer."""
    return build_messages(problem) + [{"role": "assistant", "content": format_answer(solution)}]


def prompt_hash(messages: list[dict]) -> str:
    return hashlib.sha256(json.dumps(messages, sort_keys=True).encode()).hexdigest()[:16]


def has_closed_block(text: str) -> bool:
    """True once ``text`` holds a complete fenced code block (what ``generate.stop_at_code_block`` stops at)."""
    return _FENCE.search(text) is not None


def _compiles(text: str) -> bool:
    try:
        compile(text, "<completion>", "exec")
        return True
    except (SyntaxError, ValueError):
        return False


def extract_code(completion: str, problem: Problem | None = None) -> str:
    """The program to judge from a model completion ("" when there is none)."""
    blocks = _FENCE.findall(completion)
    if blocks:
        code = blocks[-1]
    else:
        m = _OPEN_FENCE.search(completion)
        if m:
            code = m.group(1)
        elif completion.strip() and _compiles(completion):
            code = completion
        else:
            return ""
    code = code.strip("\n")
    if not code.strip():
        return ""
    if problem is not None and problem.style == "assert" and problem.entry_point:
        if not re.search(rf"def\s+{re.escape(problem.entry_point)}\s*\(", code):
            code = problem.starter_code.rstrip("\n") + "\n" + code
    return code + "\n"
