TITLE = "Smallest Rotation"
DIFFICULTY = "hard"
TAGS = ["strings", "rotation"]
STATEMENT = """\
You are given a string S of length N consisting of lowercase English letters. A rotation of S
is obtained by taking some number k (0 <= k < N) of characters from the front of S and moving
them, in order, to the back. For example, the rotations of cab are cab, abc and bca. Among all N
rotations of S, print the lexicographically smallest one.

Input
The input is given from Standard Input in the following format:
S

Output
Print the lexicographically smallest rotation of S.

Constraints
- 1 <= N <= 1000
- S consists of lowercase English letters.
"""


def tests(rng):
    cases = ["cab\n", "bcabca\n", "a\n", "zz\n", "ba\n", "aaaa\n", "abab\n", "baaab\n",
             "zyxwvutsrqponmlkjihgfedcba\n", "a" * 1000 + "\n", "ab" * 500 + "\n",
             "a" * 999 + "b\n", "b" + "a" * 999 + "\n"]
    while len(cases) < 20:
        n = rng.randint(1, 1000)
        if rng.random() < 0.4:
            unit = "".join(rng.choice("ab") for _ in range(rng.randint(1, 6)))
            s = (unit * (n // len(unit) + 1))[:n]
        else:
            s = "".join(rng.choice("abc") for _ in range(n))
        case = s + "\n"
        if case not in cases:
            cases.append(case)
    return cases


SOLUTIONS = [
r'''
s = input()
print(min(s[i:] + s[:i] for i in range(len(s))))
''',
r'''
import sys
s = sys.stdin.readline().strip()
n = len(s)
t = s + s
best = t[:n]
for i in range(1, n):
    cand = t[i:i + n]
    if cand < best:
        best = cand
print(best)
''',
r'''
s = input().strip()
n = len(s)
d = s + s
i, j, k = 0, 1, 0
while i < n and j < n and k < n:
    a, b = d[i + k], d[j + k]
    if a == b:
        k += 1
        continue
    if a > b:
        i += k + 1
    else:
        j += k + 1
    if i == j:
        j += 1
    k = 0
start = min(i, j)
print(d[start:start + n])
''',
r'''
from collections import deque
s = input()
dq = deque(s)
best = s
for _ in range(len(s)):
    dq.rotate(-1)
    best = min(best, "".join(dq))
print(best)
''',
r'''
s = input()
n = len(s)
cands = list(range(n))
for k in range(n):
    m = min(s[(i + k) % n] for i in cands)
    cands = [i for i in cands if s[(i + k) % n] == m]
    if len(cands) == 1:
        break
i = cands[0]
print(s[i:] + s[:i])
''',
]
