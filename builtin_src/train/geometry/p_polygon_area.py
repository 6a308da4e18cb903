TITLE = "Doubled Polygon Area"
DIFFICULTY = "medium"
TAGS = ["geometry", "shoelace"]
STATEMENT = """\
A simple polygon (its edges do not cross each other) has N vertices with integer coordinates.
They are given in order along the boundary, either clockwise or counterclockwise: the edges
join vertex i to vertex i+1 for 1 <= i < N, and vertex N to vertex 1.

Let S be the area of the polygon. Since 2S is always an integer, print 2S.

Input
The input is given from Standard Input in the following format:
N
X_1 Y_1
X_2 Y_2
...
X_N Y_N

Output
Print twice the area of the polygon as an integer.

Constraints
- 3 <= N <= 1000
- -10^4 <= X_i, Y_i <= 10^4
- The polygon is simple and has positive area.
- All input values are integers.
"""

import math


def _star(rng, n, lim):
    while True:
        seen, pts = set(), []
        while len(pts) < n:
            x, y = rng.randint(-lim, lim), rng.randint(-lim, lim)
            if x == 0 and y == 0:
                continue
            g = math.gcd(x, y)
            if (x // g, y // g) in seen:
                continue
            seen.add((x // g, y // g))
            pts.append((x, y))
        pts.sort(key=lambda p: math.atan2(p[1], p[0]))
        if all(pts[i - 1][0] * pts[i][1] - pts[i - 1][1] * pts[i][0] > 0 for i in range(n)):
            return pts


def tests(rng):
    fixed = [
        [(0, 0), (4, 0), (4, 3)],
        [(0, 0), (0, 2), (2, 2), (2, 0)],
        [(0, 0), (1, 0), (0, 1)],
        [(0, 0), (3, 0), (3, 1), (1, 1), (1, 3), (0, 3)],
        [(-10000, -10000), (10000, -10000), (10000, 10000), (-10000, 10000)],
        [(0, 0), (2, 1), (4, 0), (4, 4), (2, 3), (0, 4)],
    ]
    cases = [f"{len(p)}\n" + "".join(f"{x} {y}\n" for x, y in p) for p in fixed]
    while len(cases) < 15:
        n = rng.choice([3, 4, 5, rng.randint(3, 40), rng.randint(100, 1000)])
        lim = 5000 if n > 5 else rng.choice([5, 5000])
        pts = _star(rng, n, lim)
        dx, dy = rng.randint(-lim, lim), rng.randint(-lim, lim)
        pts = [(x + dx, y + dy) for x, y in pts]
        if rng.random() < 0.5:
            pts.reverse()
        k = rng.randrange(n)
        pts = pts[k:] + pts[:k]
        c = f"{n}\n" + "".join(f"{x} {y}\n" for x, y in pts)
        if c not in cases:
            cases.append(c)
    return cases


SOLUTIONS = [
r'''
n = int(input())
pts = [tuple(map(int, input().split())) for _ in range(n)]
s = 0
for i in range(n):
    x1, y1 = pts[i]
    x2, y2 = pts[(i + 1) % n]
    s += x1 * y2 - x2 * y1
print(abs(s))
''',
r'''
import sys
data = list(map(int, sys.stdin.read().split()))
xs, ys = data[1::2], data[2::2]
total = sum(a * d - b * c for a, b, c, d in zip(xs, ys, xs[1:] + xs[:1], ys[1:] + ys[:1]))
print(abs(total))
''',
r'''
n = int(input())
p = [list(map(int, input().split())) for _ in range(n)]
p.append(p[0])
acc = 0
for (x1, y1), (x2, y2) in zip(p, p[1:]):
    acc += (x2 - x1) * (y2 + y1)
print(-acc if acc < 0 else acc)
''',
r'''
import sys
lines = sys.stdin.read().splitlines()
n = int(lines[0])
v = [tuple(map(int, l.split())) for l in lines[1:n + 1]]
ox, oy = v[0]
fan = 0
for k in range(1, n - 1):
    ax, ay = v[k][0] - ox, v[k][1] - oy
    bx, by = v[k + 1][0] - ox, v[k + 1][1] - oy
    fan += ax * by - ay * bx
print(abs(fan))
''',
r'''
n = int(input())
z = [complex(*map(int, input().split())) for _ in range(n)]
twice = sum((z[i - 1].conjugate() * z[i]).imag for i in range(n))
print(int(abs(twice)))
''',
]
