TITLE = "Seen from the Origin"
DIFFICULTY = "medium"
TAGS = ["geometry", "gcd", "origin"]
STATEMENT = """\
An observer stands at the origin O = (0, 0) of the xy-plane. There are N distinct poles; the
i-th stands at (X_i, Y_i), and no pole stands at the origin. Poles are infinitely thin.

The observer cannot see pole P if another pole lies on the segment OP strictly between O and
P. Otherwise pole P is visible.

Print the number of visible poles.

Input
The input is given from Standard Input in the following format:
N
X_1 Y_1
X_2 Y_2
...
X_N Y_N

Output
Print the number of visible poles.

Constraints
- 1 <= N <= 500
- -10^9 <= X_i, Y_i <= 10^9
- (X_i, Y_i) != (0, 0)
- All points are distinct.
- All input values are integers.
"""


def tests(rng):
    fixed = [
        [(1, 1), (2, 2), (3, 3), (-1, -1), (1, 2)],
        [(2, 0), (0, 3), (-4, 0), (0, -1)],
        [(5, 7)],
        [(1, 0), (2, 0), (3, 0), (100, 0)],
        [(2, 4), (1, 2), (3, 6), (-1, -2), (-3, -6)],
        [(1000000000, 1000000000), (-1000000000, 999999999), (1, 1), (999999999, -1000000000)],
        [(6, 4), (3, 2), (9, 6), (4, 6), (2, 3)],
    ]
    cases = [f"{len(p)}\n" + "".join(f"{x} {y}\n" for x, y in p) for p in fixed]
    while len(cases) < 18:
        lim = rng.choice([3, 10, 1000, 10**9])
        n = rng.randint(1, {3: 25, 10: 200}.get(lim, 500))
        pts = set()
        while len(pts) < n:
            if lim > 10 and pts and rng.random() < 0.4:
                bx, by = rng.choice(sorted(pts))
                k = rng.randint(2, 5)
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
from math import gcd
n = int(input())
dirs = set()
for _ in range(n):
    x, y = map(int, input().split())
    g = gcd(x, y)
    dirs.add((x // g, y // g))
print(len(dirs))
''',
r'''
import sys
v = list(map(int, sys.stdin.read().split()))
n = v[0]
p = [(v[1 + 2 * i], v[2 + 2 * i]) for i in range(n)]
visible = 0
for x, y in p:
    hidden = False
    for a, b in p:
        if a * y - b * x == 0 and a * x + b * y > 0 and a * a + b * b < x * x + y * y:
            hidden = True
            break
    if not hidden:
        visible += 1
print(visible)
''',
]
