TITLE = "Run-Length Encoding"
DIFFICULTY = "medium"
TAGS = ["strings", "run-length"]
STATEMENT = """\
You are given a string S of lowercase English letters. Split S into maximal blocks of equal
consecutive letters (runs). Encode each run as its letter followed by its length written in
decimal, and concatenate the codes of all runs from left to right. For example, aaabccdddd is
encoded as a3b1c2d4. Print the encoding of S.

Input
The input is given from Standard Input in the following format:
S

Output
Print the run-length encoding of S on a single line.

Constraints
- 1 <= |S| <= 2000
- S consists of lowercase English letters.
"""


def tests(rng):
    cases = ["aaabccdddd\n", "abc\n", "a\n", "zz\n", "abab\n", "a" * 2000 + "\n",
             "a" * 1000 + "b" * 999 + "c\n", "x" * 10 + "y" * 11 + "x\n"]
    while len(cases) < 15:
        parts = []
        while sum(map(len, parts)) < rng.randint(1, 2000):
            parts.append(rng.choice("abc") * rng.choice([1, 1, 2, 3, rng.randint(1, 120)]))
        case = "".join(parts)[:2000] + "\n"
        if case not in cases:
            cases.append(case)
    return cases


SOLUTIONS = [
r'''
from itertools import groupby
print("".join(k + str(len(list(g))) for k, g in groupby(input())))
''',
r'''
s = input()
out = []
cur, cnt = s[0], 0
for c in s:
    if c == cur:
        cnt += 1
    else:
        out.append(cur + str(cnt))
        cur, cnt = c, 1
out.append(cur + str(cnt))
print("".join(out))
''',
r'''
import re
import sys
s = sys.stdin.readline().strip()
print("".join(m.group(1) + str(len(m.group(0))) for m in re.finditer(r"(.)\1*", s)))
''',
r'''
s = input().strip()
n = len(s)
i = 0
res = ""
while i < n:
    j = i
    while j < n and s[j] == s[i]:
        j += 1
    res += s[i] + str(j - i)
    i = j
print(res)
''',
r'''
s = input()
cuts = [0] + [i for i in range(1, len(s)) if s[i] != s[i - 1]] + [len(s)]
print("".join(f"{s[a]}{b - a}" for a, b in zip(cuts, cuts[1:])))
''',
]
