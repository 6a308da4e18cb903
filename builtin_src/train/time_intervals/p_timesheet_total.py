TITLE = "Timesheet Total"
DIFFICULTY = "medium"
TAGS = ["time", "durations"]
STATEMENT = """\
A worker recorded N work sessions. Session i started at time A_i and ended at time B_i, both
written in the format HH:MM on a 24-hour clock. Every session lasts less than 24 hours and is
at least one minute long. If B_i is earlier than A_i on the clock, the session went past
midnight and ended on the next day.

Print the total length of all sessions in the format H:MM, where H is the total number of whole
hours (no leading zeros) and MM is the remaining number of minutes written with two digits.

Input
The input is given from Standard Input in the following format:
N
A_1 B_1
A_2 B_2
...
A_N B_N

Output
Print the total working time in the format H:MM.

Constraints
- 1 <= N <= 100
- A_i and B_i are valid times in the format HH:MM.
- A_i != B_i
"""


def _t(m):
    return f"{m // 60:02d}:{m % 60:02d}"


def tests(rng):
    fixed = [
        [("09:00", "12:30"), ("13:15", "17:45")],
        [("22:00", "02:15")],
        [("00:00", "00:01")],
        [("00:01", "00:00")],
        [("23:59", "00:00"), ("12:00", "11:59")],
        [("08:20", "08:50")] * 3,
    ]
    cases = [f"{len(s)}\n" + "".join(f"{a} {b}\n" for a, b in s) for s in fixed]
    while len(cases) < 15:
        n = rng.randint(1, 100)
        sess = []
        for _ in range(n):
            a = rng.randint(0, 1439)
            b = (a + rng.randint(1, 1439)) % 1440
            sess.append((_t(a), _t(b)))
        c = f"{n}\n" + "".join(f"{a} {b}\n" for a, b in sess)
        if c not in cases:
            cases.append(c)
    return cases


SOLUTIONS = [
r'''
n = int(input())
total = 0
for _ in range(n):
    a, b = input().split()
    s = int(a[:2]) * 60 + int(a[3:])
    e = int(b[:2]) * 60 + int(b[3:])
    total += (e - s) % 1440
print(f"{total // 60}:{total % 60:02d}")
''',
r'''
import sys
tokens = sys.stdin.read().split()[1:]
mins = [int(t[:2]) * 60 + int(t[3:]) for t in tokens]
total = 0
for s, e in zip(mins[::2], mins[1::2]):
    if e < s:
        e += 24 * 60
    total += e - s
h, m = divmod(total, 60)
print("%d:%02d" % (h, m))
''',
r'''
from datetime import datetime, timedelta
n = int(input())
acc = timedelta()
for _ in range(n):
    a, b = (datetime.strptime(x, "%H:%M") for x in input().split())
    if b < a:
        b += timedelta(days=1)
    acc += b - a
minutes = int(acc.total_seconds()) // 60
print(str(minutes // 60) + ":" + str(minutes % 60).zfill(2))
''',
r'''
n = int(input())
hours = minutes = 0
for _ in range(n):
    a, b = input().split()
    ah, am = map(int, a.split(":"))
    bh, bm = map(int, b.split(":"))
    if (bh, bm) < (ah, am):
        bh += 24
    hours += bh - ah
    minutes += bm - am
total = hours * 60 + minutes
print("{}:{:02}".format(total // 60, total % 60))
''',
r'''
import re
import sys
text = sys.stdin.read()
pairs = re.findall(r"(\d\d):(\d\d) (\d\d):(\d\d)", text)
total = sum((int(c) * 60 + int(d) - int(a) * 60 - int(b)) % 1440 for a, b, c, d in pairs)
print(f"{total // 60}:{total % 60:02}")
''',
]
