TITLE = "Letter Histogram"
DIFFICULTY = "medium"
TAGS = ["strings", "counting"]
STATEMENT = """\
You are given a string S of lowercase English letters. For every letter that appears in S at
least once, report how many times it appears. Letters that do not appear in S must not be
reported.

Input
The input is given from Standard Input in the following format:
S

Output
For each letter that appears in S, in alphabetical order, print one line containing the letter
and its number of occurrences in S, separated by a single space.

Constraints
- 1 <= |S| <= 1000
- S consists of lowercase English letters.
"""


def tests(rng):
    cases = ["hello\n", "zzza\n", "a\n", "abcdefghijklmnopqrstuvwxyz\n", "bbbbbb\n",
             "zyxwvutsrqponmlkjihgfedcba" * 38 + "zyxwvutsrqpo\n", "k" * 1000 + "\n"]
    while len(cases) < 15:
        n = rng.randint(1, 1000)
        pool = rng.sample("abcdefghijklmnopqrstuvwxyz", rng.randint(1, 8))
        case = "".join(rng.choice(pool) for _ in range(n)) + "\n"
        if case not in cases:
            cases.append(case)
    return cases


SOLUTIONS = [
r'''
from collections import Counter
for letter, k in sorted(Counter(input()).items()):
    print(letter, k)
''',
r'''
import string
s = input()
for c in string.ascii_lowercase:
    if c in s:
        print(c, s.count(c))
''',
r'''
import sys
s = sys.stdin.readline().strip()
cnt = [0] * 26
for ch in s:
    cnt[ord(ch) - ord("a")] += 1
print("\n".join(f"{chr(i + 97)} {v}" for i, v in enumerate(cnt) if v))
''',
r'''
from itertools import groupby
for key, grp in groupby(sorted(input().strip())):
    print(key, sum(1 for _ in grp))
''',
r'''
s = sorted(input())
i = 0
while i < len(s):
    j = i
    while j < len(s) and s[j] == s[i]:
        j += 1
    print(s[i], j - i)
    i = j
''',
]
