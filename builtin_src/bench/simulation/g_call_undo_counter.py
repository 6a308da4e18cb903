TITLE = "Counter with Undo"
DIFFICULTY = "medium"
TAGS = ["simulation", "stack"]
STYLE = "call"
ENTRY_POINT = "finalValue"
STARTER_CODE = "class Solution:\n    def finalValue(self, ops: list[str]) -> int:\n        "
STATEMENT = """\
A counter starts at 0. Implement finalValue(ops), which applies the operations in the list ops
in order and returns the counter's final value. Each operation is one of:
- "+k": add the integer k to the counter;
- "-k": subtract k from the counter;
- "=k": set the counter to k;
- "undo": cancel the most recent +, - or = operation that has not been cancelled yet, restoring
  the value the counter had just before it. If every earlier operation has already been
  cancelled (or there is none), "undo" does nothing.
An "undo" can never be cancelled itself.

Example: ["+5", "=2", "-1", "undo", "undo"] returns 5.

Constraints
- 1 <= len(ops) <= 1000
- In "+k", "-k" and "=k", k is an integer written without sign, 0 <= k <= 10^6.
"""


def tests(rng):
    cases = [[["+5", "=2", "-1", "undo", "undo"]], [["undo", "+3"]], [["=7"]],
             [["+1", "undo", "undo", "undo"]], [["-1000000", "-1000000"]],
             [["+4", "+6", "undo", "=0", "+1", "undo", "undo"]]]
    while len(cases) < 17:
        n = rng.randint(1, 1000 if len(cases) > 13 else 8)
        ops = []
        for _ in range(n):
            r = rng.random()
            if r < 0.3:
                ops.append("undo")
            else:
                ops.append(rng.choice("+-=+-") + str(rng.randint(0, rng.choice([9, 10**6]))))
        cases.append([ops])
    return cases


SOLUTIONS = [
r'''
class Solution:
    def finalValue(self, ops: list[str]) -> int:
        value = 0
        history = []
        for op in ops:
            if op == "undo":
                if history:
                    value = history.pop()
                continue
            history.append(value)
            k = int(op[1:])
            if op[0] == "+":
                value += k
            elif op[0] == "-":
                value -= k
            else:
                value = k
        return value
''',
r'''
class Solution:
    def finalValue(self, ops):
        states = [0]
        for op in ops:
            if op == "undo":
                if len(states) > 1:
                    states.pop()
            elif op[0] == "=":
                states.append(int(op[1:]))
            else:
                states.append(states[-1] + int(op))
        return states[-1]
''',
]
