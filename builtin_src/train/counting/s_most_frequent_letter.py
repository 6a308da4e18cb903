TITLE = "The Most Common Letter"
DIFFICULTY = "medium"
TAGS = ["strings", "counting"]
STATEMENT = """\
You are given a string S of lowercase English letters. Find the letter that occurs in S the
largest number of times. If several letters share the largest number of occurrences, choose the
one that comes first in alphabetical order.

Input
The input is given from Standard Input in the following format:
S

Output
Print the chosen letter and its number of occurrences, separated by a single space.

Constraints
- 1 <= |S| <= 1000
- S consists of lowercase English letters.
"""


def tests(rng):
    cases = ["mississippi\n", "zyx\n", "a\n", "ba\n", "bbaa\n", "abcabcz\n",
             "zzzzzzzzzz\n", "y" * 500 + "x" * 500 + "\n", "q" * 999 + "r\n"]
    while len(cases) < 15:
        n = rng.randint(1, 1000)
        pool = "abcdefghijklmnopqrstuvwxyz"[rng.randint(0, 20):]
        case = "".join(rng.choice(pool) for _ in range(n)) + "\n"
        if case not in cases:
            cases.append(case)
    return cases


SOLUTIONS = [
r'''
from collections import Counter
cnt = Counter(input())
letter, k = min(cnt.items(), key=lambda kv: (-kv[1], kv[0]))
print(letter, k)
''',
r'''
s = input()
counts = [0] * 26
for c in s:
    counts[ord(c) - 97] += 1
best = counts.index(max(counts))
print(chr(best + 97), counts[best])
''',
r'''
import string
s = input().strip()
best = max(string.ascii_lowercase, key=s.count)
print(best, s.count(best))
''',
r'''
import sys
s = sys.stdin.readline().strip()
freq = {}
for c in s:
    freq[c] = freq.get(c, 0) + 1
best = None
for c in sorted(freq):
    if best is None or freq[c] > freq[best]:
        best = c
print(best, freq[best])
''',
r'''
from itertools import groupby
runs = [(len(list(g)), k) for k, g in groupby(sorted(input()))]
runs.sort(key=lambda r: (-r[0], r[1]))
print(runs[0][1], runs[0][0])
''',
]
