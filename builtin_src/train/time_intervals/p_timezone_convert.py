TITLE = "Time Zone Conversion"
DIFFICULTY = "medium"
TAGS = ["time", "time zones"]
STATEMENT = """\
A clock in time zone UTC+A shows the time T (format HH:MM, 24-hour clock). Time zone UTC+A is
exactly A hours ahead of Coordinated Universal Time, and A may be negative.

Convert T to the local time in time zone UTC+B. Also report the day on which that local time
falls, relative to the day of T in zone UTC+A: print -1 for the previous day, 0 for the same
day, 1 for the next day, and so on.

Input
The input is given from Standard Input in the following format:
T A B

Output
Print the local time in zone UTC+B in the format HH:MM, then a space, then the day difference
as an integer (for example `01:30 1` or `23:00 -1` or `10:05 0`).

Constraints
- T is a valid time in the format HH:MM.
- -12 <= A, B <= 14
- A and B are integers.
"""


def tests(rng):
    cases = ["10:00 9 1\n", "23:30 -5 3\n", "00:00 0 0\n", "00:15 14 -12\n", "23:59 -12 14\n",
             "12:00 5 5\n", "01:00 1 0\n", "22:00 -3 -1\n"]
    while len(cases) < 16:
        t = rng.randint(0, 1439)
        a, b = rng.randint(-12, 14), rng.randint(-12, 14)
        c = f"{t // 60:02d}:{t % 60:02d} {a} {b}\n"
        if c not in cases:
            cases.append(c)
    return cases


SOLUTIONS = [
r'''
t, a, b = input().split()
mins = int(t[:2]) * 60 + int(t[3:]) + (int(b) - int(a)) * 60
day, rest = divmod(mins, 1440)
print(f"{rest // 60:02d}:{rest % 60:02d} {day}")
''',
r'''
from datetime import datetime, timedelta
t, a, b = input().split()
src = datetime.strptime("2000-01-10 " + t, "%Y-%m-%d %H:%M")
dst = src + timedelta(hours=int(b) - int(a))
print(dst.strftime("%H:%M"), (dst.date() - src.date()).days)
''',
r'''
import sys
t, a, b = sys.stdin.read().split()
h, m = map(int, t.split(":"))
h += int(b) - int(a)
shift = 0
while h < 0:
    h += 24
    shift -= 1
while h >= 24:
    h -= 24
    shift += 1
print("%02d:%02d %d" % (h, m, shift))
''',
r'''
from datetime import datetime, timedelta, timezone
t, a, b = input().split()
hh, mm = map(int, t.split(":"))
start = datetime(2001, 5, 15, hh, mm, tzinfo=timezone(timedelta(hours=int(a))))
local = start.astimezone(timezone(timedelta(hours=int(b))))
print(local.strftime("%H:%M"), local.day - start.day)
''',
r'''
t, a, b = input().split()
h = int(t[:2]) + int(b) - int(a)
print(str(h % 24).zfill(2) + t[2:], h // 24)
''',
]
