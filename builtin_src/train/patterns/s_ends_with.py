TITLE = "Suffix Check"
DIFFICULTY = "easy"
TAGS = ["strings", "suffix"]
STATEMENT = """\
You are given two strings S and T of lowercase English letters. Determine whether T is a suffix
of S, that is, whether the last |T| characters of S form the string T. Every string is a suffix
of itself, and a string longer than S is never a suffix of S.

Input
The input is given from Standard Input in the following format:
S
T

Output
Print Yes if T is a suffix of S, and No otherwise.

Constraints
- 1 <= |S| <= 100
- 1 <= |T| <= 100
- S and T consist of lowercase English letters.
"""


def tests(rng):
    cases = ["running\ning\n", "running\nrun\n", "a\na\n", "b\nab\n", "ab\nb\n",
             "abc\nbbc\n", "abc\nabc\n", "x" * 100 + "\n" + "x" * 100 + "\n",
             "x" * 99 + "\n" + "x" * 100 + "\n"]
    while len(cases) < 15:
        s = "".join(rng.choice("ab") for _ in range(rng.randint(1, 100)))
        if rng.random() < 0.5:
            t = s[rng.randint(0, len(s) - 1):]
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
print("Yes" if s.endswith(t) else "No")
''',
r'''
import sys
s, t = sys.stdin.read().split()
print("Yes" if len(t) <= len(s) and s[len(s) - len(t):] == t else "No")
''',
r'''
rs, rt = input()[::-1], input()[::-1]
print(["No", "Yes"][rs[:len(rt)] == rt])
''',
r'''
s = input().strip()
t = input().strip()
ok = len(t) <= len(s)
k = 1
while ok and k <= len(t):
    if s[-k] != t[-k]:
        ok = False
    k += 1
print("Yes" if ok else "No")
''',
r'''
import re
s, t = input(), input()
print("Yes" if re.search(re.escape(t) + r"\Z", s) else "No")
''',
r'''
s = input()
t = input()
pos = s.rfind(t)
print("Yes" if pos >= 0 and pos == len(s) - len(t) else "No")
''',
]
