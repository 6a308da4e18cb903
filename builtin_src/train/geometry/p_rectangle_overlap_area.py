TITLE = "Overlap of Two Rectangles"
DIFFICULTY = "medium"
TAGS = ["geometry", "rectangles"]
STATEMENT = """\
Two rectangles are drawn on the xy-plane with their sides parallel to the axes. The first has
lower-left corner (A_1, B_1) and upper-right corner (C_1, D_1); the second has lower-left
corner (A_2, B_2) and upper-right corner (C_2, D_2).

Print the area of the region covered by both rectangles. If they do not overlap, or they only
touch along an edge or at a corner, the area is 0.

Input
The input is given from Standard Input in the following format:
A_1 B_1 C_1 D_1
A_2 B_2 C_2 D_2

Output
Print the area of the intersection as an integer.

Constraints
- -100 <= A_k < C_k <= 100
- -100 <= B_k < D_k <= 100
- All input values are integers.
"""


def tests(rng):
    cases = ["0 0 4 3\n2 1 6 5\n", "0 0 1 1\n2 2 3 3\n", "0 0 2 2\n2 0 4 2\n",
             "0 0 2 2\n2 2 4 4\n", "-100 -100 100 100\n-100 -100 100 100\n",
             "-5 -5 5 5\n-1 -1 1 1\n", "0 0 10 1\n3 -5 4 5\n", "-100 -100 100 100\n99 99 100 100\n"]
    while len(cases) < 15:
        lim = rng.choice([10, 100])
        vals = []
        for _ in range(2):
            a, c = sorted(rng.sample(range(-lim, lim + 1), 2))
            b, d = sorted(rng.sample(range(-lim, lim + 1), 2))
            vals.append(f"{a} {b} {c} {d}")
        if len(cases) % 3:
            a, c = sorted(rng.sample(range(a, c + 1), 2)) if c - a > 1 else (a, c)
            a, c = a - rng.randint(0, 3), c + rng.randint(0, 3)
            b, d = sorted(rng.sample(range(b, d + 1), 2)) if d - b > 1 else (b, d)
            b, d = b - rng.randint(0, 3), d + rng.randint(0, 3)
            if min(a, b) < -lim or max(c, d) > lim:
                continue
            vals[0] = f"{a} {b} {c} {d}"
        case = "\n".join(vals) + "\n"
        if case not in cases:
            cases.append(case)
    return cases


SOLUTIONS = [
r'''
a1, b1, c1, d1 = map(int, input().split())
a2, b2, c2, d2 = map(int, input().split())
w = max(0, min(c1, c2) - max(a1, a2))
h = max(0, min(d1, d2) - max(b1, b2))
print(w * h)
''',
r'''
import sys
r1, r2 = [list(map(int, line.split())) for line in sys.stdin.read().splitlines()[:2]]

def overlap(lo1, hi1, lo2, hi2):
    lo, hi = (lo1, lo2)[lo2 > lo1], (hi1, hi2)[hi2 < hi1]
    return hi - lo if hi > lo else 0

print(overlap(r1[0], r1[2], r2[0], r2[2]) * overlap(r1[1], r1[3], r2[1], r2[3]))
''',
r'''
import sys
a1, b1, c1, d1, a2, b2, c2, d2 = map(int, sys.stdin.read().split())
area = 0
for x in range(-100, 100):
    if a1 <= x < c1 and a2 <= x < c2:
        for y in range(-100, 100):
            if b1 <= y < d1 and b2 <= y < d2:
                area += 1
print(area)
''',
r'''
def cells(a, b, c, d):
    return {(x, y) for x in range(a, c) for y in range(b, d)}

p = list(map(int, input().split()))
q = list(map(int, input().split()))
print(len(cells(*p) & cells(*q)))
''',
r'''
import sys
v = list(map(int, sys.stdin.read().split()))
xs = sorted([(v[0], v[2]), (v[4], v[6])])
ys = sorted([(v[1], v[3]), (v[5], v[7])])
dims = []
for (s1, e1), (s2, e2) in (xs, ys):
    dims.append(0 if s2 >= e1 else min(e1, e2) - s2)
print(dims[0] * dims[1])
''',
]
