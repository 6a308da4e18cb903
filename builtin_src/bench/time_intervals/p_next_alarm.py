TITLE = "Next Alarm"
DIFFICULTY = "medium"
TAGS = ["time", "modular arithmetic"]
STATEMENT = """\
A phone has N alarms. The i-th alarm rings every day at time A_i (format HH:MM, 24-hour clock).
The current time is T. If some alarm is set exactly to T, it is ringing right now.

Print how many minutes from now the next alarm rings. An alarm whose time has already passed
today will next ring tomorrow.

Input
The input is given from Standard Input in the following format:
N T
A_1
A_2
...
A_N

Output
Print the number of minutes until the next alarm rings (0 if an alarm rings right now).

Constraints
- 1 <= N <= 100
- T and all A_i are valid times in the format HH:MM.
- The A_i are pairwise distinct.
"""


def _t(m):
    return f"{m // 60:02d}:{m % 60:02d}"


def tests(rng):
    fixed = [
        ("07:10", ["06:30", "07:45", "22:00"]),
        ("23:00", ["06:00"]),
        ("12:00", ["12:00"]),
        ("12:01", ["12:00"]),
        ("00:00", ["23:59"]),
        ("23:59", ["00:00", "23:58"]),
        ("08:00", ["09:00", "07:00", "08:30", "08:01"]),
        ("05:00", [_t(m) for m in range(0, 1440, 15)][:100]),
    ]
    cases = [f"{len(a)} {t}\n" + "".join(x + "\n" for x in a) for t, a in fixed]
    while len(cases) < 18:
        n = rng.randint(1, rng.choice([3, 100]))
        alarms = [_t(m) for m in rng.sample(range(1440), n)]
        t = rng.choice(alarms) if rng.random() < 0.15 else _t(rng.randint(0, 1439))
        c = f"{n} {t}\n" + "".join(x + "\n" for x in alarms)
        if c not in cases:
            cases.append(c)
    return cases


SOLUTIONS = [
r'''
def mins(s):
    return int(s[:2]) * 60 + int(s[3:])

n, t = input().split()
now = mins(t)
print(min((mins(input()) - now) % 1440 for _ in range(int(n))))
''',
r'''
import sys
data = sys.stdin.read().split()
now = data[1]
alarms = set(data[2:])
h, m = map(int, now.split(":"))
wait = 0
while f"{h:02d}:{m:02d}" not in alarms:
    m += 1
    if m == 60:
        h, m = (h + 1) % 24, 0
    wait += 1
print(wait)
''',
]
