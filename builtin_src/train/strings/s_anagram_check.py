TITLE = "Same Letters"
DIFFICULTY = "medium"
TAGS = ["strings", "counting", "sorting"]
STATEMENT = """\
Two strings are anagrams of each other if one can be turned into the other by rearranging its
characters, that is, every letter occurs the same number of times in both strings. You are
given two strings S and T of lowercase English letters. Determine whether they are anagrams.

Input
The input is given from Standard Input in the following format:
S
T

Output
Print Yes if S and T are anagrams of each other, and No otherwise.

Constraints
- 1 <= |S| <= 1000
- 1 <= |T| <= 1000
- S and T consist of lowercase English letters.
"""


def tests(rng):
    cases = ["night\nthing\n", "aab\nabb\n", "a\na\n", "a\nb\n", "abc\nabcc\n",
             "abcc\nabc\n", "ab\nba\n", "z" * 1000 + "\n" + "z" * 1000 + "\n",
             "z" * 1000 + "\n" + "z" * 999 + "y\n"]
    while len(cases) < 15:
        n = rng.randint(1, 1000)
        s = [rng.choice("abcde") for _ in range(n)]
        t = s[:]
        rng.shuffle(t)
        if rng.random() < 0.5:
            t[rng.randrange(n)] = rng.choice("abcde")
        case = "".join(s) + "\n" + "".join(t) + "\n"
        if case not in cases:
            cases.append(case)
    return cases


SOLUTIONS = [
r'''
s = input()
t = input()
print("Yes" if sorted(s) == sorted(t) else "No")
''',
r'''
from collections import Counter
import sys
a, b = sys.stdin.read().split()
print("Yes" if Counter(a) == Counter(b) else "No")
''',
r'''
s = input().strip()
t = input().strip()
cnt = [0] * 26
for c in s:
    cnt[ord(c) - 97] += 1
for c in t:
    cnt[ord(c) - 97] -= 1
print("Yes" if all(v == 0 for v in cnt) else "No")
''',
r'''
s, t = input(), input()
ok = len(s) == len(t)
for letter in set(s) | set(t):
    if s.count(letter) != t.count(letter):
        ok = False
print("Yes" if ok else "No")
''',
r'''
s = input()
rest = list(input())
ok = True
for c in s:
    if c in rest:
        rest.remove(c)
    else:
        ok = False
        break
if rest:
    ok = False
print("Yes" if ok else "No")
''',
]
