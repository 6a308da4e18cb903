"""How different two solutions of one problem are.

A solution is reduced to a *normalised token sequence*: comments, blank lines and
formatting disappear, every user-chosen name becomes ``ID``, every string literal ``STR``
and every number ``NUM``; keywords, operators, builtins (``sorted``, ``print``…) and
attribute names after a dot (``.split``, ``.count``…) are kept, because they are what
distinguishes one idiom or algorithm from another. Two programs that differ only by
renaming, comments or layout therefore have distance 0.

``distance(a, b)`` is ``1 - ratio`` of :class:`difflib.SequenceMatcher` over the two
sequences (0 = same code up to names, 1 = nothing in common). A problem's diversity is the
mean pairwise distance of its solutions. ``fingerprint`` hashes the sequence, so solutions
equal up to names, comments and formatting share a fingerprint (used for deduplication).

Reads and writes nothing; pure functions.
"""
from __future__ import annotations

import builtins
import difflib
import hashlib
import io
import itertools
import keyword
import tokenize
from functools import lru_cache

_BUILTINS = frozenset(dir(builtins))
_SKIP = {tokenize.COMMENT, tokenize.NL, tokenize.NEWLINE, tokenize.INDENT,
         tokenize.DEDENT, tokenize.ENCODING, tokenize.ENDMARKER}


@lru_cache(maxsize=65536)
def normalize(code: str) -> tuple[str, ...]:
    """Return the normalised token sequence of ``code`` (see module docstring).

    Code that does not tokenize falls back to its whitespace-split words, so a broken
    solution still gets a (coarse) sequence instead of an exception.
    """
    out: list[str] = []
    prev = ""
    try:
        for tok in tokenize.generate_tokens(io.StringIO(code).readline):
            if tok.type in _SKIP:
                continue
            s = tok.string
            if tok.type == tokenize.NAME:
                if keyword.iskeyword(s) or keyword.issoftkeyword(s) or s in _BUILTINS or prev == ".":
                    out.append(s)
                else:
                    out.append("ID")
            elif tok.type == tokenize.STRING or tok.type in _fstring_types():
                out.append("STR")
            elif tok.type == tokenize.NUMBER:
                out.append("NUM")
            else:
                out.append(s)
            prev = s
    except (tokenize.TokenError, IndentationError, SyntaxError):
        return tuple(code.split())
    return tuple(out)


@lru_cache(maxsize=1)
def _fstring_types() -> frozenset[int]:
    # Python 3.12 splits f-strings into several token types; 3.11 has one STRING token.
    names = ("FSTRING_START", "FSTRING_MIDDLE", "FSTRING_END")
    return frozenset(getattr(tokenize, n) for n in names if hasattr(tokenize, n))


def fingerprint(code: str) -> str:
    """Hash of the normalised sequence: equal for code equal up to names/comments/layout."""
    return hashlib.sha256("\x1f".join(normalize(code)).encode()).hexdigest()[:16]


def distance(a: str, b: str) -> float:
    """Normalised token edit distance in [0, 1] between two programs."""
    sa, sb = normalize(a), normalize(b)
    if not sa and not sb:
        return 0.0
    return 1.0 - difflib.SequenceMatcher(None, sa, sb, autojunk=False).ratio()


def mean_pairwise_distance(codes: list[str]) -> float:
    """Mean distance over all pairs; 0.0 for fewer than two programs."""
    pairs = list(itertools.combinations(codes, 2))
    if not pairs:
        return 0.0
    return sum(distance(a, b) for a, b in pairs) / len(pairs)


def most_diverse(codes: list[str], k: int) -> list[int]:
    """Indices of ``k`` programs chosen greedily to be mutually far apart.

    Starts from the program farthest from all others on average, then repeatedly adds the
    one whose smallest distance to the chosen set is largest (max-min / farthest-point
    selection). Ties break by index, so the choice is deterministic.
    """
    n = len(codes)
    if k >= n:
        return list(range(n))
    if k <= 0:
        return []
    d = [[0.0] * n for _ in range(n)]
    for i, j in itertools.combinations(range(n), 2):
        d[i][j] = d[j][i] = distance(codes[i], codes[j])
    first = max(range(n), key=lambda i: (sum(d[i]), -i))
    chosen = [first]
    while len(chosen) < k:
        rest = [i for i in range(n) if i not in chosen]
        nxt = max(rest, key=lambda i: (min(d[i][c] for c in chosen), -i))
        chosen.append(nxt)
    return chosen
