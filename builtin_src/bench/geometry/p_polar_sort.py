TITLE = "Radar Sweep Order"
DIFFICULTY = "hard"
TAGS = ["geometry", "sorting", "cross product"]
STATEMENT = """\
A radar at the origin of the xy-plane starts pointing in the direction of the positive x-axis
and rotates counterclockwise through one full turn. There are N distinct targets, numbered 1
to N; target i is at (X_i, Y_i), and none is at the origin.

Each target is detected when the beam first points in its direction, that is, in increasing
order of the angle from the positive x-axis measured counterclockwise, in the range from 0
(inclusive) to 360 degrees (exclusive). Targets in exactly the same direction are detected in
increasing order of their distance from the origin.

Print the target numbers in the order of detection.

Input
The input is given from Standard Input in the following format:
N
X_1 Y_1
X_2 Y_2
...
X_N Y_N

Output
Print N integers separated by spaces: the target numbers in the order they are detected.

Constraints
- 1 <= N <= 1000
- -10^4 <= X_i, Y_i <= 10^4
- (X_i, Y_i) != (0, 0)
- All points are distinct.
- All input values are integers.
"""


def tests(rng):
    fixed = [
        [(0, 1), (1, 0), (-1, 0), (0, -1), (1, 1)],
        [(2, 2), (1, 1), (-3, 0), (5, -1)],
        [(7, -3)],
        [(3, 0), (1, 0), (2, 0), (-1, 0), (0, -2), (0, 5)],
        [(10000, -1), (10000, 0), (10000, 1), (-10000, 1), (-10000, -1), (-10000, 0)],
        [(1, -1), (2, -2), (-1, 1), (-2, 2), (1, 1), (-1, -1)],
        [(9999, 10000), (10000, 9999), (-9999, -10000), (-10000, -9999)],
    ]
    cases = [f"{len(p)}\n" + "".join(f"{x} {y}\n" for x, y in p) for p in fixed]
    while len(cases) < 18:
        n = rng.randint(1, 1000)
        lim = rng.choice([2, 6, 10000])
        pts = set()
        while len(pts) < min(n, (2 * lim + 1) ** 2 - 1):
            if pts and rng.random() < 0.2:
                bx, by = rng.choice(sorted(pts))
                k = rng.randint(2, 3)
                if abs(bx) * k <= lim and abs(by) * k <= lim:
                    pts.add((bx * k, by * k))
                    continue
            p = (rng.randint(-lim, lim), rng.randint(-lim, lim))
            if p != (0, 0):
                pts.add(p)
        pts = sorted(pts)
        rng.shuffle(pts)
        c = f"{len(pts)}\n" + "".join(f"{x} {y}\n" for x, y in pts)
        if c not in cases:
            cases.append(c)
    return cases


SOLUTIONS = [
r'''
from functools import cmp_to_key
n = int(input())
pts = [tuple(map(int, input().split())) for _ in range(n)]

def half(p):
    x, y = p
    return 0 if y > 0 or (y == 0 and x > 0) else 1

def cmp(i, j):
    a, b = pts[i], pts[j]
    if half(a) != half(b):
        return half(a) - half(b)
    cr = a[0] * b[1] - a[1] * b[0]
    if cr != 0:
        return -1 if cr > 0 else 1
    return (a[0] ** 2 + a[1] ** 2) - (b[0] ** 2 + b[1] ** 2)

order = sorted(range(n), key=cmp_to_key(cmp))
print(*[i + 1 for i in order])
''',
r'''
import math
import sys
data = list(map(int, sys.stdin.read().split()))
n = data[0]
keys = []
for i in range(n):
    x, y = data[1 + 2 * i], data[2 + 2 * i]
    g = math.gcd(x, y)
    ang = math.atan2(y // g, x // g)
    if ang < 0:
        ang += 2 * math.pi
    keys.append((ang, x * x + y * y, i + 1))
keys.sort()
print(" ".join(str(k[2]) for k in keys))
''',
]
