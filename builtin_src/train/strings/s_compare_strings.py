TITLE = "Are They Equal"
DIFFICULTY = "easy"
TAGS = ["strings"]
STATEMENT = """\
You are given two strings S and T consisting of lowercase English letters. Determine whether
S and T are exactly the same string (same length and the same character at every position).

Input
The input is given from Standard Input in the following format:
S
T

Output
Print Yes if S and T are equal, and No otherwise.

Constraints
- 1 <= |S| <= 100
- 1 <= |T| <= 100
- S and T consist of lowercase English letters.
"""


def tests(rng):
    cases = ["apple\napple\n", "apple\napply\n", "a\na\n", "a\nb\n", "abc\nabcd\n",
             "abcd\nabc\n", "ba\nab\n", "x" * 100 + "\n" + "x" * 100 + "\n",
             "x" * 100 + "\n" + "x" * 99 + "y\n"]
    while len(cases) < 15:
        n = rng.randint(1, 30)
        s = "".join(rng.choice("abc") for _ in range(n))
        if rng.random() < 0.5:
            t = s
        else:
            t = list(s)
            t[rng.randrange(n)] = rng.choice("abc")
            t = "".join(t)
        case = s + "\n" + t + "\n"
        if case not in cases:
            cases.append(case)
    return cases


SOLUTIONS = [
r'''
s = input()
t = input()
print("Yes" if s == t else "No")
''',
r'''
import sys
a, b = sys.stdin.read().split()
print(["No", "Yes"][a == b])
''',
r'''
s = input().strip()
t = input().strip()
same = len(s) == len(t)
if same:
    for i in range(len(s)):
        if s[i] != t[i]:
            same = False
            break
print("Yes" if same else "No")
''',
r'''
s, t = input(), input()
ok = len(s) == len(t) and all(x == y for x, y in zip(s, t))
print("Yes" if ok else "No")
''',
r'''
import sys
lines = sys.stdin.read().splitlines()
if len(set(lines[:2])) == 1:
    print("Yes")
else:
    print("No")
''',
]
