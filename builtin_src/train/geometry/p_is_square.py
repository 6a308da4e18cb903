TITLE = "Is It a Square"
DIFFICULTY = "hard"
TAGS = ["geometry", "vectors"]
STATEMENT = """\
You are given four distinct points P_1, P_2, P_3 and P_4 on the xy-plane, in no particular
order. Determine whether they are the four corners of a square. The square may be tilted:
its sides do not have to be parallel to the axes.

Input
The input is given from Standard Input in the following format:
X_1 Y_1
X_2 Y_2
X_3 Y_3
X_4 Y_4

Output
Print `Yes` if the four points are the vertices of a square, and `No` otherwise.

Constraints
- -10^4 <= X_i, Y_i <= 10^4
- The four points are distinct.
- All input values are integers.
"""


def tests(rng):
    fixed = [
        [(0, 0), (1, 1), (1, 0), (0, 1)],
        [(0, 0), (2, 0), (2, 1), (0, 1)],
        [(0, 0), (3, 1), (2, 4), (-1, 3)],
        [(0, 0), (2, 1), (4, 0), (2, -1)],
        [(0, 0), (1, 2), (3, 3), (2, 1)],
        [(0, 0), (0, 5), (5, 0), (5, 6)],
        [(-10000, -10000), (10000, 10000), (-10000, 10000), (10000, -10000)],
        [(0, 0), (1, 0), (2, 0), (3, 0)],
        [(0, 0), (2, 2), (0, 4), (-2, 2)],
    ]
    cases = ["".join(f"{x} {y}\n" for x, y in p) for p in fixed]
    while len(cases) < 18:
        lim = rng.choice([10, 10000])
        a, b = rng.randint(-lim // 3, lim // 3), rng.randint(-lim // 3, lim // 3)
        if a == 0 and b == 0:
            continue
        px, py = rng.randint(-lim // 3, lim // 3), rng.randint(-lim // 3, lim // 3)
        pts = [(px, py), (px + a, py + b), (px + a - b, py + b + a), (px - b, py + a)]
        kind = len(cases) % 3
        if kind == 1:
            k = rng.randrange(4)
            pts[k] = (pts[k][0] + rng.choice([-1, 1]), pts[k][1] + rng.choice([-1, 0, 1]))
        elif kind == 2:
            pts[2] = (pts[2][0] + a, pts[2][1] + b)
            pts[3] = (pts[3][0] + a, pts[3][1] + b)
            pts[1] = (pts[1][0] + a, pts[1][1] + b)
        rng.shuffle(pts)
        if len(set(pts)) < 4 or any(abs(v) > 10000 for p in pts for v in p):
            continue
        c = "".join(f"{x} {y}\n" for x, y in pts)
        if c not in cases:
            cases.append(c)
    return cases


SOLUTIONS = [
r'''
from itertools import combinations
pts = [tuple(map(int, input().split())) for _ in range(4)]
d = sorted((a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2 for a, b in combinations(pts, 2))
print("Yes" if d[0] > 0 and d[0] == d[3] and d[4] == d[5] == 2 * d[0] else "No")
''',
r'''
from itertools import permutations
import sys
v = list(map(int, sys.stdin.read().split()))
p = [(v[i], v[i + 1]) for i in range(0, 8, 2)]
ok = False
for order in permutations(p[1:]):
    cyc = [p[0], *order]
    sides = [(cyc[(i + 1) % 4][0] - cyc[i][0], cyc[(i + 1) % 4][1] - cyc[i][1]) for i in range(4)]
    lens = {sx * sx + sy * sy for sx, sy in sides}
    dots = [sides[i][0] * sides[i - 1][0] + sides[i][1] * sides[i - 1][1] for i in range(4)]
    if len(lens) == 1 and not any(dots):
        ok = True
print("Yes" if ok else "No")
''',
r'''
pts = [tuple(map(int, input().split())) for _ in range(4)]
cx = sum(x for x, _ in pts)
cy = sum(y for _, y in pts)
scaled = {(4 * x, 4 * y) for x, y in pts}
rotated = {(cx - (y - cy), cy + (x - cx)) for x, y in scaled}
print("Yes" if rotated == scaled else "No")
''',
r'''
import sys
lines = sys.stdin.read().splitlines()
P = [list(map(int, l.split())) for l in lines[:4]]
a = P[0]
rest = P[1:]
far = max(rest, key=lambda q: (q[0] - a[0]) ** 2 + (q[1] - a[1]) ** 2)
others = sorted(map(tuple, (q for q in rest if q is not far)))
mx, my = a[0] + far[0], a[1] + far[1]
hx, hy = 2 * a[0] - mx, 2 * a[1] - my
want = sorted([((mx - hy) // 2, (my + hx) // 2), ((mx + hy) // 2, (my - hx) // 2)])
good = (mx - hy) % 2 == 0 and (my + hx) % 2 == 0 and want == others
print("Yes" if good else "No")
''',
r'''
from itertools import permutations
z = [complex(*map(int, input().split())) for _ in range(4)]
found = any(
    (b - a) * 1j == c - b and (c - b) * 1j == d - c and (d - c) * 1j == a - d
    for a, b, c, d in ((z[0],) + q for q in permutations(z[1:]))
)
print("Yes" if found else "No")
''',
]
