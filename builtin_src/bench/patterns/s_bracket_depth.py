TITLE = "Nesting Depth"
DIFFICULTY = "medium"
TAGS = ["strings", "brackets", "stack"]
STATEMENT = """\
You are given a string S consisting of the characters ( and ). S is balanced if every ( can be
paired with a later ) so that the pairs are properly nested; equivalently, scanning from left
to right, the number of ) read never exceeds the number of ( read, and both numbers are equal at
the end. If S is balanced, print its nesting depth: the maximum, over all prefixes of S, of the
number of ( minus the number of ) in that prefix. If S is not balanced, print -1.

Input
The input is given from Standard Input in the following format:
S

Output
Print the nesting depth of S, or -1 if S is not balanced.

Constraints
- 1 <= |S| <= 2000
- S consists of ( and ).
"""


def tests(rng):
    cases = ["(()())\n", "())(\n", "()\n", ")(\n", "(\n", ")\n", "((()))\n", "()()()\n",
             "(" * 1000 + ")" * 1000 + "\n", "()" * 1000 + "\n", "(" * 1000 + ")" * 999 + "(\n",
             "(()\n", "())\n"]
    while len(cases) < 22:
        n = rng.randint(1, 1000)
        seq = []
        depth = 0
        for _ in range(2 * n):
            if depth == 0 or (rng.random() < 0.5 and depth < n):
                seq.append("(")
                depth += 1
            else:
                seq.append(")")
                depth -= 1
        seq += [")"] * depth
        seq = seq[:2000]
        if rng.random() < 0.35:
            i = rng.randrange(len(seq))
            seq[i] = "(" if seq[i] == ")" else ")"
        case = "".join(seq) + "\n"
        if case not in cases:
            cases.append(case)
    return cases


SOLUTIONS = [
r'''
s = input()
d = best = 0
ok = True
for c in s:
    d += 1 if c == "(" else -1
    if d < 0:
        ok = False
        break
    best = max(best, d)
print(best if ok and d == 0 else -1)
''',
r'''
from itertools import accumulate
s = input().strip()
pre = list(accumulate(1 if c == "(" else -1 for c in s))
print(max(pre) if min(pre) >= 0 and pre[-1] == 0 else -1)
''',
r'''
s = input()
t = s
while "()" in t:
    t = t.replace("()", "")
if t:
    print(-1)
else:
    stack = []
    deepest = 0
    for c in s:
        if c == "(":
            stack.append(c)
            deepest = max(deepest, len(stack))
        else:
            stack.pop()
    print(deepest)
''',
]
