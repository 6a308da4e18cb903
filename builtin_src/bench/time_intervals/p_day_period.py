TITLE = "Part of the Day"
DIFFICULTY = "easy"
TAGS = ["time", "conditionals"]
STATEMENT = """\
A day is divided into four parts:

- `night` from 00:00 up to, but not including, 06:00,
- `morning` from 06:00 up to, but not including, 12:00,
- `afternoon` from 12:00 up to, but not including, 18:00,
- `evening` from 18:00 up to the end of the day (23:59 included).

You are given a time T on a 24-hour clock in the format HH:MM. Print the part of the day that
contains T.

Input
The input is given from Standard Input in the following format:
T

Output
Print `night`, `morning`, `afternoon` or `evening`.

Constraints
- T is a valid time in the format HH:MM (00 <= HH <= 23, 00 <= MM <= 59).
"""


def tests(rng):
    cases = ["07:30\n", "23:05\n", "00:00\n", "05:59\n", "06:00\n", "11:59\n", "12:00\n",
             "17:59\n", "18:00\n", "23:59\n", "14:20\n"]
    while len(cases) < 18:
        t = rng.randint(0, 1439)
        c = f"{t // 60:02d}:{t % 60:02d}\n"
        if c not in cases:
            cases.append(c)
    return cases


SOLUTIONS = [
r'''
h, m = map(int, input().split(":"))
if h < 6:
    print("night")
elif h < 12:
    print("morning")
elif h < 18:
    print("afternoon")
else:
    print("evening")
''',
r'''
t = input().strip()
print(["night", "morning", "afternoon", "evening"][int(t[:2]) // 6])
''',
]
