TITLE = "Longest Streak"
DIFFICULTY = "medium"
TAGS = ["strings", "run-length"]
STATEMENT = """\
You are given a string S of lowercase English letters. A run is a block of consecutive equal
characters. Find the length of the longest run in S. For example, in aabbbcb the longest run is
bbb, of length 3.

Input
The input is given from Standard Input in the following format:
S

Output
Print the length of the longest run of equal consecutive characters in S.

Constraints
- 1 <= |S| <= 2000
- S consists of lowercase English letters.
"""


def tests(rng):
    cases = ["aabbbcb\n", "abcde\n", "a\n", "zz\n", "ab\n", "abbb\n", "aaab\n",
             "k" * 2000 + "\n", "ab" * 1000 + "\n", "a" * 999 + "b" * 1000 + "a\n"]
    while len(cases) < 15:
        parts = []
        total = rng.randint(1, 2000)
        while sum(map(len, parts)) < total:
            parts.append(rng.choice("abc") * rng.choice([1, 2, rng.randint(1, 60)]))
        case = "".join(parts)[:2000] + "\n"
        if case not in cases:
            cases.append(case)
    return cases


SOLUTIONS = [
r'''
from itertools import groupby
print(max(len(list(g)) for _, g in groupby(input())))
''',
r'''
s = input()
best = cur = 1
for i in range(1, len(s)):
    if s[i] == s[i - 1]:
        cur += 1
    else:
        cur = 1
    best = max(best, cur)
print(best)
''',
r'''
import re
import sys
s = sys.stdin.readline().strip()
print(max(len(m.group()) for m in re.finditer(r"(.)\1*", s)))
''',
r'''
s = input().strip()
n = len(s)
i = ans = 0
while i < n:
    j = i
    while j < n and s[j] == s[i]:
        j += 1
    ans = max(ans, j - i)
    i = j
print(ans)
''',
r'''
s = input()
k = 1
while any(c * (k + 1) in s for c in set(s)):
    k += 1
print(k)
''',
]
