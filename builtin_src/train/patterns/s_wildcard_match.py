TITLE = "Wildcard Pattern"
DIFFICULTY = "hard"
TAGS = ["strings", "pattern matching", "dp"]
STATEMENT = """\
You are given a pattern P and a string S. The pattern consists of lowercase English letters and
the wildcard characters ? and *. A letter matches exactly that letter, ? matches any single
letter, and * matches any sequence of letters, including the empty one. Determine whether P
matches the whole string S (not just a part of it).

Input
The input is given from Standard Input in the following format:
P
S

Output
Print Yes if P matches the whole of S, and No otherwise.

Constraints
- 1 <= |P| <= 100
- 1 <= |S| <= 100
- P consists of lowercase English letters, ? and *.
- S consists of lowercase English letters.
"""


def tests(rng):
    cases = ["a*c?e\nabcde\n", "a*b\naxbc\n", "*\nz\n", "?\nab\n", "a\na\n", "**\nabc\n",
             "?*?\nq\n", "*a*b*\nbab\n", "*a*b*\nbba\n", "a?*\na\n", "?" * 100 + "\n" + "x" * 100 + "\n",
             "*" * 50 + "b\n" + "a" * 100 + "\n"]
    while len(cases) < 26:
        s = "".join(rng.choice("ab") for _ in range(rng.randint(1, 100)))
        p = []
        i = 0
        while i < len(s):
            r = rng.random()
            if r < 0.15:
                j = min(len(s), i + rng.randint(0, 8))
                p.append("*")
                i = j
            elif r < 0.3:
                p.append("?")
                i += 1
            else:
                p.append(s[i])
                i += 1
        letters = [k for k, ch in enumerate(p) if ch in "ab"]
        if letters and rng.random() < 0.5:
            k = rng.choice(letters)
            p[k] = "b" if p[k] == "a" else "a"
        elif rng.random() < 0.3:
            p.insert(rng.randint(0, len(p)), rng.choice("ab?"))
        p = "".join(p) or "?"
        case = p + "\n" + s + "\n"
        if case not in cases:
            cases.append(case)
    return cases


SOLUTIONS = [
r'''
p = input()
s = input()
n, m = len(p), len(s)
dp = [[False] * (m + 1) for _ in range(n + 1)]
dp[0][0] = True
for i in range(1, n + 1):
    for j in range(m + 1):
        if p[i - 1] == "*":
            dp[i][j] = dp[i - 1][j] or (j > 0 and dp[i][j - 1])
        elif j > 0:
            dp[i][j] = dp[i - 1][j - 1] and p[i - 1] in ("?", s[j - 1])
print("Yes" if dp[n][m] else "No")
''',
r'''
from fnmatch import fnmatchcase
p = input().strip()
s = input().strip()
print("Yes" if fnmatchcase(s, p) else "No")
''',
r'''
import sys
from functools import lru_cache
p, s = sys.stdin.read().split()

@lru_cache(maxsize=None)
def match(i, j):
    if i == len(p):
        return j == len(s)
    if p[i] == "*":
        return match(i + 1, j) or (j < len(s) and match(i, j + 1))
    return j < len(s) and (p[i] == "?" or p[i] == s[j]) and match(i + 1, j + 1)

print("Yes" if match(0, 0) else "No")
''',
r'''
p = input()
s = input()
i = j = 0
star = -1
mark = 0
ok = True
while j < len(s):
    if i < len(p) and (p[i] == "?" or p[i] == s[j]):
        i += 1
        j += 1
    elif i < len(p) and p[i] == "*":
        star, mark = i, j
        i += 1
    elif star >= 0:
        i = star + 1
        mark += 1
        j = mark
    else:
        ok = False
        break
while ok and i < len(p) and p[i] == "*":
    i += 1
print("Yes" if ok and i == len(p) else "No")
''',
r'''
p = input()
s = input()
cur = {0}
for ch in p:
    nxt = set()
    if ch == "*":
        lo = min(cur) if cur else len(s) + 1
        nxt = set(range(lo, len(s) + 1))
    else:
        for j in cur:
            if j < len(s) and (ch == "?" or s[j] == ch):
                nxt.add(j + 1)
    cur = nxt
print("Yes" if len(s) in cur else "No")
''',
]
