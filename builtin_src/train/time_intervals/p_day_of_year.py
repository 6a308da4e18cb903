TITLE = "Day Number in the Year"
DIFFICULTY = "medium"
TAGS = ["time", "calendar"]
STATEMENT = """\
Given a date in the Gregorian calendar, print which day of its year it is: January 1 is day 1,
January 2 is day 2, and December 31 is day 365 or 366.

The months have 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30 and 31 days, except that February
has 29 days in a leap year. A year is a leap year if it is divisible by 4, except that years
divisible by 100 are leap years only when they are also divisible by 400.

Input
The input is given from Standard Input in the following format:
Y M D

Output
Print the day number of the given date within year Y.

Constraints
- 1 <= Y <= 9999
- 1 <= M <= 12
- 1 <= D <= the number of days in month M of year Y
- All input values are integers.
"""


def tests(rng):
    cases = ["2023 3 1\n", "2024 3 1\n", "2000 12 31\n", "1900 12 31\n", "1 1 1\n",
             "9999 12 31\n", "2024 2 29\n", "2100 3 1\n", "1600 7 4\n"]
    mdays = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    while len(cases) < 16:
        y = rng.choice([rng.randint(1, 9999), rng.choice([1700, 1800, 2000, 2400, 1996, 2004])])
        m = rng.randint(1, 12)
        leap = y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
        dmax = mdays[m - 1] + (1 if m == 2 and leap else 0)
        c = f"{y} {m} {rng.randint(1, dmax)}\n"
        if c not in cases:
            cases.append(c)
    return cases


SOLUTIONS = [
r'''
y, m, d = map(int, input().split())
days = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
if y % 4 == 0 and (y % 100 != 0 or y % 400 == 0):
    days[1] = 29
print(sum(days[:m - 1]) + d)
''',
r'''
from datetime import date
y, m, d = map(int, input().split())
print(date(y, m, d).timetuple().tm_yday)
''',
r'''
import calendar
y, m, d = map(int, input().split())
total = d
for month in range(1, m):
    total += calendar.monthrange(y, month)[1]
print(total)
''',
r'''
import sys
y, m, d = map(int, sys.stdin.readline().split())

def month_len(k):
    if k == 2:
        return 29 if (y % 4 == 0 and y % 100) or y % 400 == 0 else 28
    return 30 if k in (4, 6, 9, 11) else 31

print(d + sum(map(month_len, range(1, m))))
''',
r'''
import sys
y, m, d = map(int, sys.stdin.read().split())
leap = int(y % 400 == 0 or (y % 4 == 0 and y % 100 != 0))
cum = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334]
answer = cum[m - 1] + d
if m > 2:
    answer += leap
print(answer)
''',
]
