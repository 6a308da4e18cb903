TITLE = "Proper Triangles"
DIFFICULTY = "hard"
TAGS = ["geometry", "cross product", "combinatorics"]
STATEMENT = """\
There are N distinct points on the xy-plane; the i-th point is (X_i, Y_i).

Choose three different points among them. The three points form a proper triangle if they do
not lie on one straight line, that is, if the triangle they span has positive area.

Count the ways to choose three points (as an unordered set) that form a proper triangle.

Input
The input is given from Standard Input in the following format:
N
X_1 Y_1
X_2 Y_2
...
X_N Y_N

Output
Print the number of unordered triples of points that form a proper triangle.

Constraints
- 1 <= N <= 60
- -10 <= X_i, Y_i <= 10
- All points are distinct.
- All input values are integers.
"""


def tests(rng):
    fixed = [
        [(0, 0), (1, 0), (0, 1), (1, 1)],
        [(0, 0), (1, 1), (2, 2), (3, 3)],
        [(5, 5)],
        [(0, 0), (1, 0)],
        [(0, 0), (1, 0), (2, 0), (0, 1), (0, 2)],
        [(x, 0) for x in range(-10, 11)] + [(0, y) for y in range(-10, 11) if y != 0] + [(3, 3)],
        [(x, y) for x in range(3) for y in range(3)],
    ]
    cases = [f"{len(p)}\n" + "".join(f"{x} {y}\n" for x, y in p) for p in fixed]
    while len(cases) < 15:
        lim = rng.choice([2, 4, 10])
        allp = [(x, y) for x in range(-lim, lim + 1) for y in range(-lim, lim + 1)]
        n = rng.randint(1, min(60, len(allp)))
        pts = rng.sample(allp, n)
        c = f"{n}\n" + "".join(f"{x} {y}\n" for x, y in pts)
        if c not in cases:
            cases.append(c)
    return cases


SOLUTIONS = [
r'''
from itertools import combinations
n = int(input())
pts = [tuple(map(int, input().split())) for _ in range(n)]
ans = 0
for (ax, ay), (bx, by), (cx, cy) in combinations(pts, 3):
    if (bx - ax) * (cy - ay) - (by - ay) * (cx - ax) != 0:
        ans += 1
print(ans)
''',
r'''
import sys
data = list(map(int, sys.stdin.read().split()))
n = data[0]
x, y = data[1::2], data[2::2]
cnt = 0
for i in range(n):
    for j in range(i + 1, n):
        for k in range(j + 1, n):
            cnt += (x[j] - x[i]) * (y[k] - y[i]) != (y[j] - y[i]) * (x[k] - x[i])
print(cnt)
''',
r'''
from math import comb, gcd
from collections import Counter
n = int(input())
p = [tuple(map(int, input().split())) for _ in range(n)]
collinear = 0
for i in range(n):
    dirs = Counter()
    for j in range(i + 1, n):
        dx, dy = p[j][0] - p[i][0], p[j][1] - p[i][1]
        g = gcd(dx, dy)
        dx, dy = dx // g, dy // g
        if dx < 0 or (dx == 0 and dy < 0):
            dx, dy = -dx, -dy
        dirs[(dx, dy)] += 1
    collinear += sum(comb(c, 2) for c in dirs.values())
print(comb(n, 3) - collinear)
''',
r'''
import sys
from math import gcd, comb, isqrt
from collections import Counter
lines = sys.stdin.read().splitlines()
n = int(lines[0])
pts = [tuple(map(int, l.split())) for l in lines[1:n + 1]]
line_pairs = Counter()
for i in range(n):
    for j in range(i + 1, n):
        (x1, y1), (x2, y2) = pts[i], pts[j]
        a, b = y2 - y1, x1 - x2
        c = -(a * x1 + b * y1)
        g = gcd(gcd(a, b), c)
        a, b, c = a // g, b // g, c // g
        if a < 0 or (a == 0 and b < 0):
            a, b, c = -a, -b, -c
        line_pairs[(a, b, c)] += 1
bad = 0
for m in line_pairs.values():
    k = (1 + isqrt(1 + 8 * m)) // 2
    bad += comb(k, 3)
print(comb(n, 3) - bad)
''',
r'''
from itertools import combinations
n = int(input())
z = [complex(*map(int, input().split())) for _ in range(n)]
print(sum(1 for a, b, c in combinations(z, 3) if ((b - a).conjugate() * (c - a)).imag))
''',
]
