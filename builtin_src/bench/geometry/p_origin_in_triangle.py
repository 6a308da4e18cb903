TITLE = "Is the Origin in the Triangle"
DIFFICULTY = "medium"
TAGS = ["geometry", "cross product"]
STATEMENT = """\
A triangle on the xy-plane has vertices A = (X_1, Y_1), B = (X_2, Y_2) and C = (X_3, Y_3). The
three vertices do not lie on one line, so the triangle has positive area.

Determine where the origin O = (0, 0) is located relative to the triangle.

Input
The input is given from Standard Input in the following format:
X_1 Y_1
X_2 Y_2
X_3 Y_3

Output
Print `INSIDE` if O is strictly inside the triangle, `BORDER` if O lies on one of its sides
(including the case where O is a vertex), and `OUTSIDE` otherwise.

Constraints
- -10^9 <= X_i, Y_i <= 10^9
- A, B and C are not collinear.
- All input values are integers.
"""


def tests(rng):
    cases = ["-1 -1\n3 0\n0 4\n", "1 1\n4 1\n1 5\n", "0 0\n5 0\n0 5\n", "-2 0\n2 0\n0 3\n",
             "2 1\n4 2\n-3 5\n", "-1000000000 -1000000000\n1000000000 -1000000000\n0 1000000000\n",
             "-1000000000 1\n1000000000 1\n0 1000000000\n", "1 -1\n-1 1\n5 5\n",
             "2 -1\n-2 1\n-5 -5\n", "3 3\n-6 -6\n1 -1\n"]
    while len(cases) < 20:
        lim = rng.choice([3, 10, 10**9])
        pts = [(rng.randint(-lim, lim), rng.randint(-lim, lim)) for _ in range(3)]
        if len(cases) % 4 == 0:
            k = rng.randint(1, 3)
            pts[1] = (-pts[0][0] * k, -pts[0][1] * k)
            if max(abs(pts[1][0]), abs(pts[1][1])) > 10**9:
                continue
        (ax, ay), (bx, by), (cx, cy) = pts
        if (bx - ax) * (cy - ay) - (by - ay) * (cx - ax) == 0:
            continue
        c = "".join(f"{x} {y}\n" for x, y in pts)
        if c not in cases:
            cases.append(c)
    return cases


SOLUTIONS = [
r'''
pts = [tuple(map(int, input().split())) for _ in range(3)]
signs = []
for i in range(3):
    (ax, ay), (bx, by) = pts[i], pts[(i + 1) % 3]
    signs.append(ax * by - ay * bx)
if any(s > 0 for s in signs) and any(s < 0 for s in signs):
    print("OUTSIDE")
elif 0 in signs:
    print("BORDER")
else:
    print("INSIDE")
''',
r'''
import sys
x1, y1, x2, y2, x3, y3 = map(int, sys.stdin.read().split())

def area2(ax, ay, bx, by, cx, cy):
    return abs((bx - ax) * (cy - ay) - (by - ay) * (cx - ax))

whole = area2(x1, y1, x2, y2, x3, y3)
parts = [area2(0, 0, x1, y1, x2, y2), area2(0, 0, x2, y2, x3, y3), area2(0, 0, x3, y3, x1, y1)]
if sum(parts) != whole:
    print("OUTSIDE")
elif min(parts) == 0:
    print("BORDER")
else:
    print("INSIDE")
''',
]
