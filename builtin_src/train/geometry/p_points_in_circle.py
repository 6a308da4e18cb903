TITLE = "Inside the Circle"
DIFFICULTY = "easy"
TAGS = ["geometry", "counting"]
STATEMENT = """\
A circle of radius R is centred at the origin (0, 0) of the xy-plane. You are given N points;
the i-th point is (X_i, Y_i).

Count the points that lie inside the circle or on its boundary, i.e. whose Euclidean distance
from the origin is at most R. Compare exactly: a point on the circle itself counts.

Input
The input is given from Standard Input in the following format:
N R
X_1 Y_1
X_2 Y_2
...
X_N Y_N

Output
Print the number of points that are inside or on the circle.

Constraints
- 1 <= N <= 1000
- 0 <= R <= 10^5
- -10^5 <= X_i, Y_i <= 10^5
- All input values are integers.
"""


def tests(rng):
    cases = ["4 5\n3 4\n0 0\n-4 -4\n5 1\n", "1 0\n0 0\n", "1 0\n1 0\n",
             "3 5\n-3 -4\n0 -5\n-5 0\n", "2 100000\n100000 100000\n-100000 0\n",
             "3 1\n1 1\n0 1\n-1 0\n"]
    while len(cases) < 15:
        n = rng.randint(1, 1000)
        lim = rng.choice([10, 100, 100000])
        r = rng.randint(0, lim)
        pts = []
        for _ in range(n):
            if rng.random() < 0.2:
                pts.append(rng.choice([(3 * r // 5 if r % 5 == 0 else r, 4 * r // 5 if r % 5 == 0 else 0),
                                       (0, -r), (-r, 0)]))
            else:
                pts.append((rng.randint(-lim, lim), rng.randint(-lim, lim)))
        c = f"{n} {r}\n" + "".join(f"{x} {y}\n" for x, y in pts)
        if c not in cases:
            cases.append(c)
    return cases


SOLUTIONS = [
r'''
n, r = map(int, input().split())
count = 0
for _ in range(n):
    x, y = map(int, input().split())
    if x * x + y * y <= r * r:
        count += 1
print(count)
''',
r'''
import sys
data = list(map(int, sys.stdin.read().split()))
n, r = data[0], data[1]
xs, ys = data[2::2], data[3::2]
print(sum(x * x + y * y <= r * r for x, y in zip(xs, ys)))
''',
r'''
import math

def inside(x, y, r):
    s = x * x + y * y
    d = math.isqrt(s)
    return d < r or (d == r and d * d == s)

n, r = map(int, input().split())
pts = [tuple(map(int, input().split())) for _ in range(n)]
print(len([p for p in pts if inside(p[0], p[1], r)]))
''',
r'''
import sys
lines = sys.stdin.read().splitlines()
n, r = map(int, lines[0].split())
squares = sorted(sum(int(t) ** 2 for t in line.split()) for line in lines[1:n + 1])
import bisect
print(bisect.bisect_right(squares, r * r))
''',
r'''
import sys
it = iter(map(int, sys.stdin.read().split()))
n, r = next(it), next(it)
limit = r * r
print(len(list(filter(lambda p: p[0] ** 2 + p[1] ** 2 <= limit, zip(it, it)))))
''',
]
