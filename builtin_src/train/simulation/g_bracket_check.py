TITLE = "Balanced Brackets"
DIFFICULTY = "medium"
TAGS = ["simulation", "stack", "strings"]
STATEMENT = """\
You are given a string S consisting of the characters ( ) [ ] { }. S is balanced if every
opening bracket is closed later by a bracket of the same kind, and the brackets are properly
nested: for example "([]{})" is balanced but "([)]" and "((" are not. Determine whether S is
balanced.

Input
The input is given from Standard Input in the following format:
S

Output
Print Yes if S is balanced, and No otherwise.

Constraints
- 1 <= |S| <= 1000
- S consists of the characters ( ) [ ] { }.
"""


def _balanced(rng, n):
    if n == 0:
        return ""
    inner = rng.randint(0, n - 1)
    o, c = rng.choice(["()", "[]", "{}"])
    return o + _balanced(rng, inner) + c + _balanced(rng, n - 1 - inner)


def tests(rng):
    cases = ["([]{})\n", "([)]\n", "(\n", ")(\n", "{}\n", "((((\n", "[[]]]\n", "()[]{}\n"]
    while len(cases) < 15:
        n = rng.randint(1, 250 if len(cases) > 12 else 6)
        s = _balanced(rng, n)
        if rng.random() < 0.5:
            i = rng.randrange(len(s))
            s = s[:i] + rng.choice("()[]{}") + s[i + 1:]
        cases.append(s + "\n")
    return cases


SOLUTIONS = [
r'''
s = input().strip()
pairs = {")": "(", "]": "[", "}": "{"}
stack = []
ok = True
for c in s:
    if c in "([{":
        stack.append(c)
    elif not stack or stack.pop() != pairs[c]:
        ok = False
        break
print("Yes" if ok and not stack else "No")
''',
r'''
s = input().strip()
while True:
    t = s.replace("()", "").replace("[]", "").replace("{}", "")
    if t == s:
        break
    s = t
print("No" if s else "Yes")
''',
r'''
import re
s = input().strip()
prev = None
while prev != s:
    prev, s = s, re.sub(r"\(\)|\[\]|\{\}", "", s)
print("Yes" if s == "" else "No")
''',
r'''
import sys
sys.setrecursionlimit(10000)
s = sys.stdin.readline().strip()
match_of = {"(": ")", "[": "]", "{": "}"}

def parse(i):
    while i < len(s) and s[i] in match_of:
        j = parse(i + 1)
        if j >= len(s) or s[j] != match_of[s[i]]:
            return -1
        i = j + 1
    return i

end = parse(0)
print("Yes" if end == len(s) else "No")
''',
r'''
from collections import deque
opening = "([{"
closing = ")]}"
need = deque()
good = True
for ch in input().strip():
    k = opening.find(ch)
    if k >= 0:
        need.append(closing[k])
    elif need and need[-1] == ch:
        need.pop()
    else:
        good = False
print(["No", "Yes"][good and len(need) == 0])
''',
]
