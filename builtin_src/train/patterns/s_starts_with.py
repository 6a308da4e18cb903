TITLE = "Prefix Check"
DIFFICULTY = "easy"
TAGS = ["strings", "prefix"]
STATEMENT = """\
You are given two strings S and T of lowercase English letters. Determine whether T is a prefix
of S, that is, whether S begins with T. Every string is a prefix of itself, and a string longer
than S is never a prefix of S.

Input
The input is given from Standard Input in the following format:
S
T

Output
Print Yes if T is a prefix of S, and No otherwise.

Constraints
- 1 <= |S| <= 100
- 1 <= |T| <= 100
- S and T consist of lowercase English letters.
"""


def tests(rng):
    cases = ["atcoder\natc\n", "atcoder\ncoder\n", "a\na\n", "a\nab\n", "ab\na\n",
             "abc\nabd\n", "abc\nabc\n", "x" * 100 + "\n" + "x" * 100 + "\n",
             "x" * 99 + "\n" + "x" * 100 + "\n"]
    while len(cases) < 15:
        s = "".join(rng.choice("ab") for _ in range(rng.randint(1, 100)))
        if rng.random() < 0.5:
            t = s[: rng.randint(1, len(s))]
        else:
            t = "".join(rng.choice("ab") for _ in range(rng.randint(1, 6)))
        case = s + "\n" + t + "\n"
        if case not in cases:
            cases.append(case)
    return cases


SOLUTIONS = [
r'''
s = input()
t = input()
print("Yes" if s.startswith(t) else "No")
''',
r'''
import sys
s, t = sys.stdin.read().split()
print("Yes" if s[:len(t)] == t else "No")
''',
r'''
s = input().strip()
t = input().strip()
ok = len(t) <= len(s)
if ok:
    for i in range(len(t)):
        if s[i] != t[i]:
            ok = False
            break
print("Yes" if ok else "No")
''',
r'''
import re
lines = open(0).read().split()
found = re.compile(re.escape(lines[1])).match(lines[0])
print("Yes" if found else "No")
''',
r'''
s, t = input(), input()
print(["No", "Yes"][s.find(t) == 0])
''',
]
