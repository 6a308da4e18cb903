TITLE = "Exactly One Edit"
DIFFICULTY = "hard"
TAGS = ["strings", "two pointers"]
STATEMENT = """\
You are given two strings S and T of lowercase English letters. An edit is one of the following
operations on a string: insert one letter at any position, delete one letter, or replace one
letter by a different letter. Determine whether T can be obtained from S by exactly one edit.
Note that if S and T are equal, the answer is No.

Input
The input is given from Standard Input in the following format:
S
T

Output
Print Yes if T can be obtained from S by exactly one edit, and No otherwise.

Constraints
- 1 <= |S| <= 2000
- 1 <= |T| <= 2000
- S and T consist of lowercase English letters.
"""


def tests(rng):
    cases = ["stone\nstoned\n", "stone\nshine\n", "abc\nabc\n", "a\nb\n", "a\nab\n", "ab\na\n",
             "abc\nbc\n", "abc\nab\n", "abc\nabcde\n", "ab\nba\n", "aaa\naaaa\n",
             "abcd\nacbd\n", "x" * 2000 + "\n" + "x" * 1999 + "\n",
             "x" * 2000 + "\n" + "x" * 1000 + "y" + "x" * 999 + "\n"]
    while len(cases) < 26:
        n = rng.choice([rng.randint(1, 8), rng.randint(1, 2000)])
        s = [rng.choice("ab") for _ in range(n)]
        t = s[:]
        for _ in range(rng.choice([0, 1, 1, 1, 2])):
            op = rng.randrange(3)
            if op == 0:
                t.insert(rng.randint(0, len(t)), rng.choice("ab"))
            elif op == 1 and len(t) > 1:
                del t[rng.randrange(len(t))]
            else:
                i = rng.randrange(len(t))
                t[i] = "b" if t[i] == "a" else "a"
        case = "".join(s) + "\n" + "".join(t) + "\n"
        if case not in cases:
            cases.append(case)
    return cases


SOLUTIONS = [
r'''
s = input()
t = input()
n, m = len(s), len(t)
if abs(n - m) > 1 or s == t:
    print("No")
else:
    k = min(n, m)
    p = 0
    while p < k and s[p] == t[p]:
        p += 1
    q = 0
    while q < k - p and s[n - 1 - q] == t[m - 1 - q]:
        q += 1
    print("Yes" if p + q >= max(n, m) - 1 else "No")
''',
r'''
def one_edit(a, b):
    if len(a) > len(b):
        a, b = b, a
    if len(b) - len(a) > 1 or a == b:
        return False
    i = j = 0
    used = False
    while i < len(a) and j < len(b):
        if a[i] == b[j]:
            i += 1
            j += 1
            continue
        if used:
            return False
        used = True
        if len(a) == len(b):
            i += 1
        j += 1
    return True

print("Yes" if one_edit(input(), input()) else "No")
''',
r'''
import sys
s, t = sys.stdin.read().split()
if len(s) == len(t):
    ok = sum(x != y for x, y in zip(s, t)) == 1
elif abs(len(s) - len(t)) == 1:
    longer, shorter = (s, t) if len(s) > len(t) else (t, s)
    ok = any(longer[:i] + longer[i + 1:] == shorter for i in range(len(longer)))
else:
    ok = False
print("Yes" if ok else "No")
''',
r'''
import os
s = input().strip()
t = input().strip()
p = len(os.path.commonprefix([s, t]))
q = len(os.path.commonprefix([s[p:][::-1], t[p:][::-1]]))
good = s != t and abs(len(s) - len(t)) <= 1 and p + q >= max(len(s), len(t)) - 1
print("Yes" if good else "No")
''',
r'''
def within(a, b, budget):
    i = 0
    while i < len(a) and i < len(b) and a[i] == b[i]:
        i += 1
    a, b = a[i:], b[i:]
    if not a and not b:
        return True
    if budget == 0:
        return False
    return within(a[1:], b[1:], 0) or within(a[1:], b, 0) or within(a, b[1:], 0)

s, t = input(), input()
print("Yes" if s != t and within(s, t, 1) else "No")
''',
]
