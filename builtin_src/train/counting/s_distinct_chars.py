TITLE = "Different Letters"
DIFFICULTY = "easy"
TAGS = ["strings", "counting", "sets"]
STATEMENT = """\
You are given a string S of lowercase English letters. Print the number of different letters
that appear in S. For example, the string banana uses three different letters: a, b and n.

Input
The input is given from Standard Input in the following format:
S

Output
Print the number of distinct letters in S.

Constraints
- 1 <= |S| <= 1000
- S consists of lowercase English letters.
"""


def tests(rng):
    cases = ["banana\n", "abcdefghijklmnopqrstuvwxyz\n", "a\n", "zzzz\n", "ab\n",
             "abcdefghijklmnopqrstuvwxyz" * 38 + "abcdefghijkl\n", "q" * 1000 + "\n"]
    while len(cases) < 15:
        n = rng.randint(1, 1000)
        pool = "abcdefghijklmnopqrstuvwxyz"[: rng.randint(1, 26)]
        case = "".join(rng.choice(pool) for _ in range(n)) + "\n"
        if case not in cases:
            cases.append(case)
    return cases


SOLUTIONS = [
r'''
print(len(set(input())))
''',
r'''
from collections import Counter
import sys
print(len(Counter(sys.stdin.readline().strip())))
''',
r'''
s = input()
seen = []
for c in s:
    if c not in seen:
        seen.append(c)
print(len(seen))
''',
r'''
s = sorted(input().strip())
print(1 + sum(1 for i in range(1, len(s)) if s[i] != s[i - 1]))
''',
r'''
mask = 0
for c in input():
    mask |= 1 << (ord(c) - ord("a"))
print(bin(mask).count("1"))
''',
r'''
import string
s = input()
print(sum(1 for letter in string.ascii_lowercase if letter in s))
''',
]
