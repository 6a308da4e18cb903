TITLE = "Trim to Anagrams"
DIFFICULTY = "medium"
TAGS = ["strings", "counting"]
STATEMENT = """\
You are given two strings S and T of lowercase English letters. You may delete any characters
you like from S and from T. Find the minimum total number of deleted characters after which the
remaining strings are anagrams of each other, that is, every letter occurs the same number of
times in both. Two empty strings are considered anagrams.

Input
The input is given from Standard Input in the following format:
S
T

Output
Print the minimum total number of characters that must be deleted.

Constraints
- 1 <= |S| <= 1000
- 1 <= |T| <= 1000
- S and T consist of lowercase English letters.
"""


def tests(rng):
    cases = ["abcde\ncxbz\n", "stone\nnotes\n", "a\na\n", "a\nb\n", "aaa\na\n",
             "abc\ndef\n", "z" * 1000 + "\n" + "y" * 1000 + "\n",
             "z" * 1000 + "\n" + "z" * 999 + "\n"]
    while len(cases) < 15:
        s = "".join(rng.choice("abcdef") for _ in range(rng.randint(1, 1000)))
        t = "".join(rng.choice("abcdef") for _ in range(rng.randint(1, 1000)))
        case = s + "\n" + t + "\n"
        if case not in cases:
            cases.append(case)
    return cases


SOLUTIONS = [
r'''
from collections import Counter
a = Counter(input())
b = Counter(input())
print(sum(((a - b) + (b - a)).values()))
''',
r'''
s = input()
t = input()
diff = [0] * 26
for c in s:
    diff[ord(c) - 97] += 1
for c in t:
    diff[ord(c) - 97] -= 1
print(sum(abs(d) for d in diff))
''',
r'''
import string
import sys
s, t = sys.stdin.read().split()
print(sum(abs(s.count(c) - t.count(c)) for c in string.ascii_lowercase))
''',
r'''
from collections import Counter
s = input().strip()
t = input().strip()
common = Counter(s) & Counter(t)
print(len(s) + len(t) - 2 * sum(common.values()))
''',
r'''
s = sorted(input())
t = sorted(input())
i = j = kept = 0
while i < len(s) and j < len(t):
    if s[i] == t[j]:
        kept += 1
        i += 1
        j += 1
    elif s[i] < t[j]:
        i += 1
    else:
        j += 1
print(len(s) + len(t) - 2 * kept)
''',
]
