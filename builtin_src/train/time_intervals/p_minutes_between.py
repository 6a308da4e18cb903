TITLE = "Minutes Between Two Times"
DIFFICULTY = "easy"
TAGS = ["time", "arithmetic"]
STATEMENT = """\
Two moments of the same day are given on a 24-hour clock in the format HH:MM (two digits for
the hour from 00 to 23, a colon, two digits for the minute from 00 to 59). The first moment is
not later than the second one.

Print how many minutes pass from the first moment to the second one.

Input
The input is given from Standard Input in the following format:
T_1
T_2

Output
Print the number of minutes from T_1 to T_2 as an integer.

Constraints
- T_1 and T_2 are valid times in the format HH:MM.
- T_1 is not later than T_2 on the same day.
"""


def tests(rng):
    cases = ["09:15\n11:05\n", "00:00\n23:59\n", "12:34\n12:34\n", "07:59\n08:00\n",
             "00:00\n00:01\n", "10:45\n11:15\n", "23:00\n23:59\n"]
    while len(cases) < 15:
        a, b = sorted(rng.randint(0, 1439) for _ in range(2))
        c = f"{a // 60:02d}:{a % 60:02d}\n{b // 60:02d}:{b % 60:02d}\n"
        if c not in cases:
            cases.append(c)
    return cases


SOLUTIONS = [
r'''
h1, m1 = map(int, input().split(":"))
h2, m2 = map(int, input().split(":"))
print((h2 * 60 + m2) - (h1 * 60 + m1))
''',
r'''
import sys
t1, t2 = sys.stdin.read().split()

def minutes(t):
    return int(t[:2]) * 60 + int(t[3:])

print(minutes(t2) - minutes(t1))
''',
r'''
from datetime import datetime
a = datetime.strptime(input().strip(), "%H:%M")
b = datetime.strptime(input().strip(), "%H:%M")
print(int((b - a).total_seconds()) // 60)
''',
r'''
import re
import sys
nums = list(map(int, re.findall(r"\d+", sys.stdin.read())))
hours = nums[2] - nums[0]
mins = nums[3] - nums[1]
print(hours * 60 + mins)
''',
r'''
start = input()
end = input()
count = 0
h, m = int(start[:2]), int(start[3:])
while f"{h:02d}:{m:02d}" != end:
    m += 1
    if m == 60:
        h, m = h + 1, 0
    count += 1
print(count)
''',
]
