TITLE = "Lattice Points on a Segment"
DIFFICULTY = "medium"
TAGS = ["geometry", "gcd"]
STATEMENT = """\
A lattice point is a point on the xy-plane whose coordinates are both integers. You are given
two lattice points A = (X_1, Y_1) and B = (X_2, Y_2).

Print the number of lattice points that lie on the segment AB, including A and B themselves.
If A and B coincide, the segment is a single point.

Input
The input is given from Standard Input in the following format:
X_1 Y_1 X_2 Y_2

Output
Print the number of lattice points on the segment.

Constraints
- -10^5 <= X_1, Y_1, X_2, Y_2 <= 10^5
- All input values are integers.
"""


def tests(rng):
    cases = ["0 0 4 6\n", "1 1 4 5\n", "3 3 3 3\n", "0 0 0 7\n", "-5 2 5 2\n",
             "-100000 -100000 100000 100000\n", "100000 -100000 -100000 99999\n",
             "0 0 1 1\n", "-7 -3 -7 -3\n"]
    while len(cases) < 15:
        lim = rng.choice([10, 1000, 100000])
        if rng.random() < 0.5:
            g = rng.randint(1, 200)
            a, b = rng.randint(-lim // g, lim // g), rng.randint(-lim // g, lim // g)
            x1 = rng.randint(-lim, lim)
            y1 = rng.randint(-lim, lim)
            x2, y2 = x1 + a * g, y1 + b * g
            if abs(x2) > lim or abs(y2) > lim:
                continue
        else:
            x1, y1, x2, y2 = (rng.randint(-lim, lim) for _ in range(4))
        c = f"{x1} {y1} {x2} {y2}\n"
        if c not in cases:
            cases.append(c)
    return cases


SOLUTIONS = [
r'''
import math
x1, y1, x2, y2 = map(int, input().split())
print(math.gcd(x2 - x1, y2 - y1) + 1)
''',
r'''
x1, y1, x2, y2 = map(int, input().split())
a, b = abs(x2 - x1), abs(y2 - y1)
while b:
    a, b = b, a % b
print(a + 1)
''',
r'''
import sys
sys.setrecursionlimit(10000)

def g(a, b):
    return a if b == 0 else g(b, a % b)

p, q, r, s = map(int, sys.stdin.read().split())
print(1 + g(abs(r - p), abs(s - q)))
''',
r'''
x1, y1, x2, y2 = map(int, input().split())
dx, dy = x2 - x1, y2 - y1
if dx == 0:
    print(abs(dy) + 1)
else:
    step = 1 if dx > 0 else -1
    print(sum(1 for t in range(0, dx + step, step) if t * dy % dx == 0))
''',
r'''
from fractions import Fraction
x1, y1, x2, y2 = map(int, input().split())
dx, dy = abs(x2 - x1), abs(y2 - y1)
if dx == 0 or dy == 0:
    print(dx + dy + 1)
else:
    print(dx // Fraction(dy, dx).denominator + 1)
''',
]
