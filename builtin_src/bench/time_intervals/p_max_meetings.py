TITLE = "Most Meetings Attended"
DIFFICULTY = "hard"
TAGS = ["intervals", "greedy", "time"]
STATEMENT = """\
N meetings are scheduled for one day. Meeting i starts at S_i and ends at E_i (format HH:MM,
24-hour clock), with S_i earlier than E_i. You want to attend as many meetings as possible,
and you must attend each chosen meeting from its start to its end, so two chosen meetings may
not overlap. A meeting that ends exactly when another starts does not overlap it: you can
attend both.

Print the maximum number of meetings you can attend.

Input
The input is given from Standard Input in the following format:
N
S_1 E_1
S_2 E_2
...
S_N E_N

Output
Print the maximum number of meetings you can attend.

Constraints
- 1 <= N <= 1000
- S_i and E_i are valid times in the format HH:MM.
- S_i is earlier than E_i.
"""


def _t(m):
    return f"{m // 60:02d}:{m % 60:02d}"


def tests(rng):
    fixed = [
        [("09:00", "10:30"), ("10:00", "11:00"), ("10:30", "12:00"), ("11:00", "11:30")],
        [("08:00", "18:00"), ("09:00", "10:00"), ("10:00", "11:00")],
        [("00:00", "23:59")],
        [("12:00", "12:01")] * 3,
        [("09:00", "10:00"), ("10:00", "11:00"), ("11:00", "12:00")],
        [("13:00", "14:00"), ("09:00", "17:00"), ("10:00", "11:00"), ("11:30", "12:30")],
    ]
    cases = [f"{len(s)}\n" + "".join(f"{a} {b}\n" for a, b in s) for s in fixed]
    while len(cases) < 18:
        n = rng.randint(1, rng.choice([10, 100, 1000]))
        span = rng.choice([20, 90, 400])
        ms = []
        for _ in range(n):
            a = rng.randint(0, 1438)
            ms.append((_t(a), _t(min(1439, a + rng.randint(1, span)))))
        c = f"{n}\n" + "".join(f"{a} {b}\n" for a, b in ms)
        if c not in cases:
            cases.append(c)
    return cases


SOLUTIONS = [
r'''
def mins(t):
    return int(t[:2]) * 60 + int(t[3:])

n = int(input())
meet = []
for _ in range(n):
    s, e = input().split()
    meet.append((mins(e), mins(s)))
meet.sort()
free_at = 0
count = 0
for e, s in meet:
    if s >= free_at:
        count += 1
        free_at = e
print(count)
''',
r'''
import sys
tok = sys.stdin.read().split()[1:]
ending = [[] for _ in range(1440)]
for a, b in zip(tok[::2], tok[1::2]):
    s = int(a[:2]) * 60 + int(a[3:])
    e = int(b[:2]) * 60 + int(b[3:])
    ending[e].append(s)
best = [0] * 1440
for t in range(1440):
    best[t] = best[t - 1] if t else 0
    for s in ending[t]:
        best[t] = max(best[t], best[s] + 1)
print(best[1439])
''',
]
