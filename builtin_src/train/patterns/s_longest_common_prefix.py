TITLE = "Shared Beginning"
DIFFICULTY = "medium"
TAGS = ["strings", "prefix"]
STATEMENT = """\
You are given N strings S_1, S_2, ..., S_N of lowercase English letters. Find the longest string
that is a prefix of every one of them (a prefix of a string is a block of its first characters;
the string itself counts). If the only common prefix is the empty string, print a single - instead.

Input
The input is given from Standard Input in the following format:
N
S_1
S_2
...
S_N

Output
Print the longest common prefix of S_1, ..., S_N, or - if it is empty.

Constraints
- 1 <= N <= 100
- 1 <= |S_i| <= 50
- Each S_i consists of lowercase English letters.
"""


def tests(rng):
    cases = ["3\ncarpet\ncargo\ncart\n", "2\ndog\ncat\n", "1\nalone\n", "2\na\na\n",
             "2\nab\na\n", "3\nabc\nabc\nabd\n", "2\nba\nab\n",
             "100\n" + ("x" * 50 + "\n") * 100]
    while len(cases) < 15:
        n = rng.randint(1, 100)
        base = "".join(rng.choice("ab") for _ in range(rng.randint(0, 20)))
        strs = []
        for _ in range(n):
            tail = "".join(rng.choice("ab") for _ in range(rng.randint(0, 30)))
            w = (base[: rng.randint(len(base) - 2 if rng.random() < 0.2 else len(base), len(base))]
                 + tail)
            strs.append(w or "a")
        case = f"{n}\n" + "\n".join(strs) + "\n"
        if case not in cases:
            cases.append(case)
    return cases


SOLUTIONS = [
r'''
import os
n = int(input())
p = os.path.commonprefix([input() for _ in range(n)])
print(p if p else "-")
''',
r'''
import sys
words = sys.stdin.read().split()[1:]
pre = ""
for chars in zip(*words):
    if len(set(chars)) != 1:
        break
    pre += chars[0]
print(pre or "-")
''',
r'''
n = int(input())
ws = [input() for _ in range(n)]
a, b = min(ws), max(ws)
k = 0
while k < min(len(a), len(b)) and a[k] == b[k]:
    k += 1
print(a[:k] if k else "-")
''',
r'''
n = int(input())
ws = [input().strip() for _ in range(n)]
pre = ws[0]
for w in ws[1:]:
    while not w.startswith(pre):
        pre = pre[:-1]
print(pre if pre != "" else "-")
''',
r'''
n = int(input())
ws = [input() for _ in range(n)]
lo, hi = 0, min(map(len, ws))
while lo < hi:
    mid = (lo + hi + 1) // 2
    if len({w[:mid] for w in ws}) == 1:
        lo = mid
    else:
        hi = mid - 1
print(ws[0][:lo] or "-")
''',
]
