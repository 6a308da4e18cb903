TITLE = "How Many Times"
DIFFICULTY = "easy"
TAGS = ["strings", "counting"]
STATEMENT = """\
You are given a string S of lowercase English letters and a single lowercase English letter C.
Print how many times C occurs in S.

Input
The input is given from Standard Input in the following format:
S
C

Output
Print the number of positions i such that the i-th character of S is C.

Constraints
- 1 <= |S| <= 1000
- S consists of lowercase English letters.
- C is a lowercase English letter.
"""


def tests(rng):
    cases = ["banana\na\n", "banana\nz\n", "a\na\n", "a\nb\n", "m" * 1000 + "\nm\n",
             "m" * 1000 + "\nn\n", "abcdefghijklmnopqrstuvwxyz\nq\n"]
    while len(cases) < 15:
        n = rng.randint(1, 1000)
        s = "".join(rng.choice("abcxyz") for _ in range(n))
        case = s + "\n" + rng.choice("abcxyz") + "\n"
        if case not in cases:
            cases.append(case)
    return cases


SOLUTIONS = [
r'''
s = input()
c = input()
print(s.count(c))
''',
r'''
import sys
s, c = sys.stdin.read().split()
print(sum(1 for ch in s if ch == c))
''',
r'''
from collections import Counter
s = input().strip()
c = input().strip()
print(Counter(s)[c])
''',
r'''
s = input()
c = input()
total = 0
for i in range(len(s)):
    if s[i] == c:
        total += 1
print(total)
''',
r'''
import re
text, letter = open(0).read().split()
print(len(re.findall(letter, text)))
''',
r'''
s = input()
c = input()
print(len(s) - len(s.replace(c, "")))
''',
]
