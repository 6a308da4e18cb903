TITLE = "Overlapping Occurrences"
DIFFICULTY = "medium"
TAGS = ["strings", "substring search"]
STATEMENT = """\
You are given a text S and a pattern T, both consisting of lowercase English letters. Count the
positions i (1 <= i <= |S| - |T| + 1) such that the |T| characters of S starting at position i
are exactly T. Occurrences may overlap; for example, aa occurs 3 times in aaaa.

Input
The input is given from Standard Input in the following format:
S
T

Output
Print the number of occurrences of T in S.

Constraints
- 1 <= |S| <= 2000
- 1 <= |T| <= 20
- S and T consist of lowercase English letters.
"""


def tests(rng):
    cases = ["aaaa\naa\n", "abababa\naba\n", "a\na\n", "a\nb\n", "ab\nabc\n",
             "abc\nabc\n", "a" * 2000 + "\n" + "a" * 20 + "\n",
             "ab" * 1000 + "\nba\n", "xyz" * 600 + "\nzx\n"]
    while len(cases) < 15:
        s = "".join(rng.choice("ab") for _ in range(rng.randint(1, 2000)))
        t = "".join(rng.choice("ab") for _ in range(rng.randint(1, 5)))
        case = s + "\n" + t + "\n"
        if case not in cases:
            cases.append(case)
    return cases


SOLUTIONS = [
r'''
s = input()
t = input()
print(sum(1 for i in range(len(s) - len(t) + 1) if s[i:i + len(t)] == t))
''',
r'''
import sys
s, t = sys.stdin.read().split()
count = 0
pos = s.find(t)
while pos != -1:
    count += 1
    pos = s.find(t, pos + 1)
print(count)
''',
r'''
import re
s = input().strip()
t = input().strip()
print(len(re.findall("(?=" + re.escape(t) + ")", s)))
''',
r'''
s = input()
t = input()
m = len(t)
fail = [0] * m
k = 0
for i in range(1, m):
    while k and t[i] != t[k]:
        k = fail[k - 1]
    if t[i] == t[k]:
        k += 1
    fail[i] = k
ans = k = 0
for c in s:
    while k and c != t[k]:
        k = fail[k - 1]
    if c == t[k]:
        k += 1
    if k == m:
        ans += 1
        k = fail[k - 1]
print(ans)
''',
r'''
s, t = input(), input()
print(len([i for i in range(len(s)) if s.startswith(t, i)]))
''',
]
