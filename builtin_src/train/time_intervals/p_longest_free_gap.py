TITLE = "Longest Free Period"
DIFFICULTY = "hard"
TAGS = ["intervals", "time", "sorting"]
STATEMENT = """\
Your working day lasts from 09:00 to 18:00. Your calendar contains N meetings; meeting i
occupies the time from S_i to E_i (HH:MM format, 24-hour clock), where
09:00 <= S_i < E_i <= 18:00. Meetings may overlap each other.

You are free at every moment of the working day that is not covered by any meeting. Find the
length, in minutes, of the longest continuous free period within the working day. A meeting
ending at the same time another one starts leaves no free time between them.

Input
The input is given from Standard Input in the following format:
N
S_1 E_1
...
S_N E_N

Output
Print the length of the longest free period in minutes. Print 0 if you are never free.

Constraints
- 0 <= N <= 200
- S_i and E_i are valid times in the format HH:MM.
- 09:00 <= S_i < E_i <= 18:00
"""


def _t(m):
    return f"{m // 60:02d}:{m % 60:02d}"


def tests(rng):
    fixed = [
        [("09:30", "10:00"), ("11:00", "12:30"), ("12:00", "13:00"), ("16:00", "17:00")],
        [("09:00", "18:00")],
        [],
        [("09:00", "12:00"), ("12:00", "18:00")],
        [("10:00", "17:59")],
        [("09:01", "18:00")],
        [("13:00", "14:00"), ("09:00", "13:30"), ("14:00", "15:00"), ("15:00", "17:30")],
    ]
    cases = [f"{len(s)}\n" + "".join(f"{a} {b}\n" for a, b in s) for s in fixed]
    while len(cases) < 15:
        n = rng.randint(1, 200 if len(cases) % 3 == 0 else 12)
        span = rng.choice([15, 60, 180])
        ms = []
        for _ in range(n):
            a = rng.randint(540, 1079)
            b = min(1080, a + rng.randint(1, span))
            ms.append((_t(a), _t(b)))
        c = f"{n}\n" + "".join(f"{a} {b}\n" for a, b in ms)
        if c not in cases:
            cases.append(c)
    return cases


SOLUTIONS = [
r'''
n = int(input())
meet = []
for _ in range(n):
    s, e = input().split()
    meet.append((int(s[:2]) * 60 + int(s[3:]), int(e[:2]) * 60 + int(e[3:])))
meet.sort()
cursor, best = 540, 0
for s, e in meet:
    best = max(best, s - cursor)
    cursor = max(cursor, e)
print(max(best, 1080 - cursor))
''',
r'''
import sys
tok = sys.stdin.read().split()[1:]
busy = [False] * 1080
for a, b in zip(tok[::2], tok[1::2]):
    s = int(a[:2]) * 60 + int(a[3:])
    e = int(b[:2]) * 60 + int(b[3:])
    for m in range(s, e):
        busy[m] = True
best = run = 0
for m in range(540, 1080):
    run = 0 if busy[m] else run + 1
    best = max(best, run)
print(best)
''',
r'''
def to_min(t):
    h, m = t.split(":")
    return int(h) * 60 + int(m)

n = int(input())
iv = sorted(tuple(map(to_min, input().split())) for _ in range(n))
merged = []
for s, e in iv:
    if merged and s <= merged[-1][1]:
        merged[-1][1] = max(merged[-1][1], e)
    else:
        merged.append([s, e])
bounds = [540] + [x for seg in merged for x in seg] + [1080]
print(max(bounds[i + 1] - bounds[i] for i in range(0, len(bounds), 2)))
''',
r'''
from itertools import groupby
import re
import sys
nums = list(map(int, re.findall(r"\d+", sys.stdin.read())))[1:]
taken = set()
for k in range(0, len(nums), 4):
    taken |= set(range(nums[k] * 60 + nums[k + 1], nums[k + 2] * 60 + nums[k + 3]))
free_runs = [len(list(g)) for free, g in groupby(range(540, 1080), key=lambda m: m not in taken) if free]
print(max(free_runs, default=0))
''',
r'''
import sys
from datetime import datetime
lines = sys.stdin.read().splitlines()
n = int(lines[0])
base = datetime.strptime("09:00", "%H:%M")
iv = []
for ln in lines[1:n + 1]:
    s, e = (int((datetime.strptime(x, "%H:%M") - base).total_seconds() // 60) for x in ln.split())
    iv.append((s, e))
ans = 0
for c in [0] + [e for _, e in iv]:
    if any(s <= c < e for s, e in iv) or c >= 540:
        continue
    nxt = min([s for s, _ in iv if s >= c] + [540])
    ans = max(ans, nxt - c)
print(ans)
''',
]
