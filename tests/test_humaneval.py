"""HumanEval through the judge: every canonical solution passes, every corrupted copy fails."""
from __future__ import annotations

from codediv.judge import Judge
from codediv.sources.humaneval import load_humaneval

# Wraps the entry point so each result is perturbed by type: a correct implementation turned
# wrong in a way no HumanEval test should accept.
CORRUPTION = '''

def _codediv_corrupt(fn):
    def wrapper(*args, **kwargs):
        r = fn(*args, **kwargs)
        if isinstance(r, bool):
            return not r
        if isinstance(r, (int, float)):
            return r + 1
        if isinstance(r, str):
            return r + "#"
        if isinstance(r, (list, tuple)):
            return type(r)(list(r) + [None])
        if r is None:
            return 0
        return None
    return wrapper

{name} = _codediv_corrupt({name})
'''


def test_all_canonical_solutions_pass_and_corrupted_copies_fail(judge: Judge):
    problems = load_humaneval()
    assert len(problems) == 164
    good = [judge.submit(p, p.solutions[0]) for p in problems]
    bad = [judge.submit(p, p.solutions[0] + CORRUPTION.format(name=p.entry_point)) for p in problems]
    good_res = [f.result() for f in good]
    bad_res = [f.result() for f in bad]
    failing = [r.problem_id for r in good_res if r.verdict != "AC"]
    assert failing == []
    accepted_corrupt = [r.problem_id for r in bad_res if r.verdict == "AC"]
    assert accepted_corrupt == []
