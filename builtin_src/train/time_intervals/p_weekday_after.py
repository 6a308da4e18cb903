TITLE = "Day of the Week Later"
DIFFICULTY = "easy"
TAGS = ["time", "modular arithmetic"]
STATEMENT = """\
Today is the day of the week D, which is one of `Monday`, `Tuesday`, `Wednesday`, `Thursday`,
`Friday`, `Saturday` and `Sunday`. The days of the week repeat in this order, and `Sunday` is
followed by `Monday`.

Print the day of the week that comes N days after today. If N is 0, the answer is today.

Input
The input is given from Standard Input in the following format:
D N

Output
Print the name of the day of the week N days after today, spelled exactly as in the list above.

Constraints
- D is one of the seven names above.
- 0 <= N <= 10^9
- N is an integer.
"""

DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def tests(rng):
    cases = ["Friday 3\n", "Sunday 1\n", "Monday 0\n", "Wednesday 7\n", "Saturday 1000000000\n",
             "Tuesday 6\n", "Thursday 13\n"]
    while len(cases) < 15:
        c = f"{rng.choice(DAYS)} {rng.choice([rng.randint(0, 20), rng.randint(0, 10**9)])}\n"
        if c not in cases:
            cases.append(c)
    return cases


SOLUTIONS = [
r'''
days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
d, n = input().split()
print(days[(days.index(d) + int(n)) % 7])
''',
r'''
import sys
from itertools import cycle, islice
names = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
d, n = sys.stdin.read().split()
rot = names[names.index(d):] + names[:names.index(d)]
print(next(islice(cycle(rot), int(n) % 7, None)))
''',
r'''
import calendar
d, n = input().split()
idx = list(calendar.day_name).index(d)
print(calendar.day_name[(idx + int(n)) % 7])
''',
r'''
from datetime import date, timedelta
d, n = input().split()
base = date(2024, 1, 1)
while base.strftime("%A") != d:
    base += timedelta(days=1)
print((base + timedelta(days=int(n) % 7)).strftime("%A"))
''',
r'''
after = {"Monday": "Tuesday", "Tuesday": "Wednesday", "Wednesday": "Thursday",
         "Thursday": "Friday", "Friday": "Saturday", "Saturday": "Sunday", "Sunday": "Monday"}
d, n = input().split()
for _ in range(int(n) % 7):
    d = after[d]
print(d)
''',
]
