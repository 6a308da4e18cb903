TITLE = "Busiest Moment"
DIFFICULTY = "hard"
TAGS = ["intervals", "sweep line", "time"]
STATEMENT = """\
An office had N meetings during one day. Meeting i started at time S_i and ended at time E_i,
both in the format HH:MM on a 24-hour clock, with S_i earlier than E_i. A meeting is in progress
from its start time up to, but not including, its end time; so a meeting that ends at 10:00
and another that starts at 10:00 are never in progress together.

Find the largest number of meetings that were in progress at the same moment.

Input
The input is given from Standard Input in the following format:
N
S_1 E_1
S_2 E_2
...
S_N E_N

Output
Print the maximum number of simultaneous meetings.

Constraints
- 1 <= N <= 500
- S_i and E_i are valid times in the format HH:MM.
- S_i is earlier than E_i.
"""


def _t(m):
    return f"{m // 60:02d}:{m % 60:02d}"


def tests(rng):
    fixed = [
        [("09:00", "10:30"), ("10:00", "11:00"), ("10:15", "10:45"), ("11:00", "12:00")],
        [("09:00", "10:00"), ("10:00", "11:00")],
        [("00:00", "23:59")],
        [("12:00", "12:01")] * 5,
        [("08:00", "09:00"), ("09:00", "10:00"), ("07:00", "08:00")],
        [("00:00", "23:59"), ("23:58", "23:59"), ("00:00", "00:01")],
    ]
    cases = [f"{len(s)}\n" + "".join(f"{a} {b}\n" for a, b in s) for s in fixed]
    while len(cases) < 15:
        n = rng.randint(1, 500)
        span = rng.choice([30, 120, 600])
        ms = []
        for _ in range(n):
            a = rng.randint(0, 1438)
            b = min(1439, a + rng.randint(1, span))
            ms.append((_t(a), _t(b)))
        c = f"{n}\n" + "".join(f"{a} {b}\n" for a, b in ms)
        if c not in cases:
            cases.append(c)
    return cases


SOLUTIONS = [
r'''
def mins(t):
    return int(t[:2]) * 60 + int(t[3:])

n = int(input())
events = []
for _ in range(n):
    s, e = input().split()
    events.append((mins(s), 1))
    events.append((mins(e), -1))
events.sort()
cur = best = 0
for _, d in events:
    cur += d
    best = max(best, cur)
print(best)
''',
r'''
import sys
tok = sys.stdin.read().split()[1:]
diff = [0] * 1441
for i in range(0, len(tok), 2):
    s = int(tok[i][:2]) * 60 + int(tok[i][3:])
    e = int(tok[i + 1][:2]) * 60 + int(tok[i + 1][3:])
    diff[s] += 1
    diff[e] -= 1
from itertools import accumulate
print(max(accumulate(diff)))
''',
r'''
import heapq
n = int(input())
meet = []
for _ in range(n):
    s, e = input().split()
    sh, sm = map(int, s.split(":"))
    eh, em = map(int, e.split(":"))
    meet.append((sh * 60 + sm, eh * 60 + em))
meet.sort()
running = []
answer = 0
for start, end in meet:
    while running and running[0] <= start:
        heapq.heappop(running)
    heapq.heappush(running, end)
    answer = max(answer, len(running))
print(answer)
''',
r'''
n = int(input())
iv = []
for _ in range(n):
    a, b = input().split()
    iv.append((int(a[:2]) * 60 + int(a[3:]), int(b[:2]) * 60 + int(b[3:])))
print(max(sum(1 for s, e in iv if s <= t < e) for t, _ in iv))
''',
r'''
import sys
from datetime import datetime
rows = sys.stdin.read().splitlines()[1:]
starts, ends = [], []
for row in rows:
    a, b = (datetime.strptime(x, "%H:%M") for x in row.split())
    starts.append(a)
    ends.append(b)
starts.sort()
ends.sort()
j = active = peak = 0
for s in starts:
    while ends[j] <= s:
        j += 1
        active -= 1
    active += 1
    peak = max(peak, active)
print(peak)
''',
]
