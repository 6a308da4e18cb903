TITLE = "Taxicab Distance"
DIFFICULTY = "easy"
TAGS = ["geometry", "arithmetic"]
STATEMENT = """\
In a city whose streets form a square grid, a taxi can only drive parallel to the x-axis or
the y-axis. The taxi distance between points (a, b) and (c, d) is therefore |a - c| + |b - d|.

You are given two points (X_1, Y_1) and (X_2, Y_2). Print the taxi distance between them.

Input
The input is given from Standard Input in the following format:
X_1 Y_1
X_2 Y_2

Output
Print the taxi distance as an integer.

Constraints
- -10^9 <= X_1, Y_1, X_2, Y_2 <= 10^9
- All input values are integers.
"""


def tests(rng):
    cases = ["1 2\n4 -2\n", "0 0\n0 0\n", "-5 3\n-5 3\n", "0 0\n0 7\n", "-3 0\n4 0\n",
             "-1000000000 -1000000000\n1000000000 1000000000\n",
             "1000000000 -1000000000\n-1000000000 1000000000\n"]
    while len(cases) < 15:
        lim = rng.choice([10, 1000, 10**9])
        x1, y1, x2, y2 = (rng.randint(-lim, lim) for _ in range(4))
        c = f"{x1} {y1}\n{x2} {y2}\n"
        if c not in cases:
            cases.append(c)
    return cases


SOLUTIONS = [
r'''
x1, y1 = map(int, input().split())
x2, y2 = map(int, input().split())
print(abs(x1 - x2) + abs(y1 - y2))
''',
r'''
import sys
a, b, c, d = map(int, sys.stdin.read().split())
dx = a - c if a > c else c - a
dy = b - d if b > d else d - b
print(dx + dy)
''',
r'''
from operator import sub
p = list(map(int, input().split()))
q = list(map(int, input().split()))
print(sum(map(abs, map(sub, p, q))))
''',
r'''
import sys
v = [int(t) for t in sys.stdin.read().split()]
xs, ys = sorted(v[0::2]), sorted(v[1::2])
print(xs[1] - xs[0] + ys[1] - ys[0])
''',
r'''
import sys
coords = [list(map(int, line.split())) for line in sys.stdin]
total = 0
for axis in range(2):
    diff = coords[0][axis] - coords[1][axis]
    total += max(diff, -diff)
print(total)
''',
]
