TITLE = "Left or Right Turn"
DIFFICULTY = "easy"
TAGS = ["geometry", "cross product"]
STATEMENT = """\
You walk in a straight line from point A to point B on the xy-plane, and then in a straight
line from B to point C. The x-axis points to the right and the y-axis points up.

Determine whether you turn left (counterclockwise) at B, turn right (clockwise) at B, or the
three points lie on one line.

Input
The input is given from Standard Input in the following format:
X_A Y_A
X_B Y_B
X_C Y_C

Output
Print `LEFT` if the path turns left at B, `RIGHT` if it turns right, and `STRAIGHT` if A, B and
C are collinear (this includes walking back along the same line).

Constraints
- -10^9 <= all coordinates <= 10^9
- A != B and B != C
- All input values are integers.
"""


def tests(rng):
    cases = ["0 0\n1 0\n1 1\n", "0 0\n1 1\n2 2\n", "0 0\n0 1\n1 1\n", "0 0\n2 0\n1 0\n",
             "-1000000000 -1000000000\n1000000000 1000000000\n999999999 1000000000\n",
             "-1000000000 -1000000000\n1000000000 1000000000\n1000000000 999999999\n",
             "5 5\n-5 -5\n-1000000000 -1000000000\n"]
    while len(cases) < 15:
        lim = rng.choice([5, 100, 10**9])
        ax, ay, bx, by = (rng.randint(-lim, lim) for _ in range(4))
        if (ax, ay) == (bx, by):
            continue
        if rng.random() < 0.3:
            k = rng.randint(-3, 3)
            cx, cy = bx + k * (bx - ax), by + k * (by - ay)
            if abs(cx) > 10**9 or abs(cy) > 10**9 or k == 0:
                continue
        else:
            cx, cy = rng.randint(-lim, lim), rng.randint(-lim, lim)
        if (cx, cy) == (bx, by):
            continue
        c = f"{ax} {ay}\n{bx} {by}\n{cx} {cy}\n"
        if c not in cases:
            cases.append(c)
    return cases


SOLUTIONS = [
r'''
ax, ay = map(int, input().split())
bx, by = map(int, input().split())
cx, cy = map(int, input().split())
cross = (bx - ax) * (cy - by) - (by - ay) * (cx - bx)
if cross > 0:
    print("LEFT")
elif cross < 0:
    print("RIGHT")
else:
    print("STRAIGHT")
''',
r'''
import sys
ax, ay, bx, by, cx, cy = map(int, sys.stdin.read().split())
d = (bx - ax) * (cy - ay) - (by - ay) * (cx - ax)
print(["STRAIGHT", "LEFT", "RIGHT"][(d > 0) - (d < 0)])
''',
r'''
pts = [complex(*map(int, input().split())) for _ in range(3)]
u, v = pts[1] - pts[0], pts[2] - pts[1]
z = u.conjugate() * v
print("LEFT" if z.imag > 0 else "RIGHT" if z.imag < 0 else "STRAIGHT")
''',
r'''
import sys
p = [list(map(int, line.split())) for line in sys.stdin if line.strip()]
m = [[p[i][0], p[i][1], 1] for i in range(3)]
det = (m[0][0] * (m[1][1] * m[2][2] - m[1][2] * m[2][1])
       - m[0][1] * (m[1][0] * m[2][2] - m[1][2] * m[2][0])
       + m[0][2] * (m[1][0] * m[2][1] - m[1][1] * m[2][0]))
answer = {1: "LEFT", -1: "RIGHT", 0: "STRAIGHT"}
print(answer[(det > 0) - (det < 0)])
''',
r'''
def vec(a, b):
    return b[0] - a[0], b[1] - a[1]

A = tuple(map(int, input().split()))
B = tuple(map(int, input().split()))
C = tuple(map(int, input().split()))
(ux, uy), (vx, vy) = vec(A, B), vec(B, C)
lhs, rhs = ux * vy, uy * vx
if lhs == rhs:
    print("STRAIGHT")
else:
    print("LEFT" if lhs > rhs else "RIGHT")
''',
]
