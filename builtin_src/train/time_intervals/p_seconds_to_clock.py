TITLE = "Seconds to H:MM:SS"
DIFFICULTY = "easy"
TAGS = ["time", "formatting"]
STATEMENT = """\
A stopwatch shows that N seconds have passed, where N is less than one day. Convert N into
hours, minutes and seconds and print it in the format H:MM:SS, where H is the number of whole
hours written without leading zeros, and MM and SS are the remaining minutes and seconds
written with exactly two digits each.

For example, 3725 seconds are printed as 1:02:05 and 59 seconds as 0:00:59.

Input
The input is given from Standard Input in the following format:
N

Output
Print N in the format H:MM:SS.

Constraints
- 0 <= N < 86400
- N is an integer.
"""


def tests(rng):
    cases = ["3725\n", "59\n", "0\n", "60\n", "3600\n", "86399\n", "36000\n", "35999\n", "600\n"]
    while len(cases) < 15:
        c = f"{rng.randint(0, 86399)}\n"
        if c not in cases:
            cases.append(c)
    return cases


SOLUTIONS = [
r'''
n = int(input())
h, rest = divmod(n, 3600)
m, s = divmod(rest, 60)
print(f"{h}:{m:02d}:{s:02d}")
''',
r'''
n = int(input())
print("%d:%02d:%02d" % (n // 3600, n % 3600 // 60, n % 60))
''',
r'''
from datetime import timedelta
print(str(timedelta(seconds=int(input()))))
''',
r'''
import time
n = int(input())
print(str(n // 3600) + time.strftime(":%M:%S", time.gmtime(n)))
''',
r'''
import sys
n = int(sys.stdin.readline())
parts = []
for unit in (3600, 60, 1):
    parts.append(n // unit)
    n -= parts[-1] * unit
print(":".join([str(parts[0])] + [str(p).rjust(2, "0") for p in parts[1:]]))
''',
]
