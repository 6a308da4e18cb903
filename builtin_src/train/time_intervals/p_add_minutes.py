TITLE = "Clock After M Minutes"
DIFFICULTY = "easy"
TAGS = ["time", "modular arithmetic"]
STATEMENT = """\
A 24-hour clock currently shows the time T in the format HH:MM (hour from 00 to 23, minute
from 00 to 59). What will it show after M more minutes have passed? After 23:59 the clock
shows 00:00 again.

Input
The input is given from Standard Input in the following format:
T
M

Output
Print the time shown after M minutes in the format HH:MM, with exactly two digits for the hour
and two digits for the minute.

Constraints
- T is a valid time in the format HH:MM.
- 0 <= M <= 10^9
- M is an integer.
"""


def tests(rng):
    cases = ["10:30\n45\n", "23:50\n20\n", "00:00\n0\n", "23:59\n1\n", "12:00\n1440\n",
             "05:07\n1000000000\n", "00:00\n1439\n", "18:45\n2880\n"]
    while len(cases) < 15:
        t = rng.randint(0, 1439)
        m = rng.choice([rng.randint(0, 200), rng.randint(0, 5000), rng.randint(0, 10**9)])
        c = f"{t // 60:02d}:{t % 60:02d}\n{m}\n"
        if c not in cases:
            cases.append(c)
    return cases


SOLUTIONS = [
r'''
h, m = map(int, input().split(":"))
add = int(input())
total = (h * 60 + m + add) % 1440
print(f"{total // 60:02d}:{total % 60:02d}")
''',
r'''
import sys
t, m = sys.stdin.read().split()
cur = int(t[:2]) * 60 + int(t[3:]) + int(m)
hh, mm = divmod(cur % (24 * 60), 60)
print("%02d:%02d" % (hh, mm))
''',
r'''
from datetime import datetime, timedelta
start = datetime.strptime(input().strip(), "%H:%M")
m = int(input())
print((start + timedelta(minutes=m % 1440)).strftime("%H:%M"))
''',
r'''
h, m = map(int, input().split(":"))
k = int(input())
m += k
h = (h + m // 60) % 24
m %= 60
print(str(h).zfill(2) + ":" + str(m).zfill(2))
''',
r'''
t = input()
k = int(input()) % 1440
h, m = int(t[0:2]), int(t[3:5])
for _ in range(k):
    m += 1
    if m == 60:
        m = 0
        h = (h + 1) % 24
print("{:02}:{:02}".format(h, m))
''',
]
