TITLE = "Balanced Binary Substrings"
DIFFICULTY = "hard"
TAGS = ["strings", "counting", "prefix sums"]
STATEMENT = """\
You are given a string S of length N consisting of the characters 0 and 1. Count the pairs
(l, r) with 1 <= l <= r <= N such that the substring from the l-th to the r-th character of S
contains as many 0s as 1s. Substrings at different positions are counted separately even if
they are equal as strings.

Input
The input is given from Standard Input in the following format:
S

Output
Print the number of such substrings.

Constraints
- 1 <= N <= 1000
- S consists of 0 and 1.
"""


def tests(rng):
    cases = ["0110\n", "111\n", "0\n", "1\n", "01\n", "0101\n", "0011\n",
             "01" * 500 + "\n", "0" * 1000 + "\n", "0" * 500 + "1" * 500 + "\n"]
    while len(cases) < 16:
        n = rng.randint(1, 1000)
        p = rng.choice([0.5, 0.5, 0.3, 0.8])
        case = "".join("1" if rng.random() < p else "0" for _ in range(n)) + "\n"
        if case not in cases:
            cases.append(case)
    return cases


SOLUTIONS = [
r'''
from collections import Counter
s = input()
seen = Counter({0: 1})
bal = 0
ans = 0
for c in s:
    bal += 1 if c == "1" else -1
    ans += seen[bal]
    seen[bal] += 1
print(ans)
''',
r'''
s = input().strip()
n = len(s)
total = 0
for l in range(n):
    d = 0
    for r in range(l, n):
        d += 1 if s[r] == "1" else -1
        if d == 0:
            total += 1
print(total)
''',
r'''
import sys
from itertools import accumulate
from collections import Counter
s = sys.stdin.readline().strip()
pre = [0] + list(accumulate(1 if c == "1" else -1 for c in s))
print(sum(v * (v - 1) // 2 for v in Counter(pre).values()))
''',
r'''
s = input()
n = len(s)
cnt = [0] * (2 * n + 1)
cnt[n] = 1
cur = n
res = 0
for ch in s:
    cur += int(ch) * 2 - 1
    res += cnt[cur]
    cnt[cur] += 1
print(res)
''',
r'''
s = input()
pre = [0]
for c in s:
    pre.append(pre[-1] + (1 if c == "1" else -1))
pre.sort()
ans = 0
i = 0
while i < len(pre):
    j = i
    while j < len(pre) and pre[j] == pre[i]:
        j += 1
    ans += (j - i) * (j - i - 1) // 2
    i = j
print(ans)
''',
]
