TITLE = "Nearest Point to the Origin"
DIFFICULTY = "medium"
TAGS = ["geometry", "sorting"]
STATEMENT = """\
There are N points on the xy-plane, numbered 1 to N; point i is at (X_i, Y_i). Points may
coincide.

Find the point whose Euclidean distance from the origin (0, 0) is the smallest. If several
points are equally close, choose the one with the smallest number. Distances must be compared
exactly.

Print the number of the chosen point and the square of its distance from the origin.

Input
The input is given from Standard Input in the following format:
N
X_1 Y_1
X_2 Y_2
...
X_N Y_N

Output
Print the number of the chosen point and its squared distance X^2 + Y^2, separated by a space.

Constraints
- 1 <= N <= 1000
- -10^9 <= X_i, Y_i <= 10^9
- All input values are integers.
"""


def tests(rng):
    cases = ["3\n3 4\n-1 2\n2 -2\n", "2\n5 0\n-3 4\n", "1\n0 0\n",
             "1\n-1000000000 1000000000\n", "4\n2 1\n1 2\n-2 -1\n-1 -2\n",
             "3\n1000000000 999999999\n999999999 1000000000\n999999999 999999999\n",
             "2\n7 7\n0 0\n"]
    while len(cases) < 15:
        n = rng.randint(1, 1000)
        lim = rng.choice([3, 50, 10**9])
        pts = [(rng.randint(-lim, lim), rng.randint(-lim, lim)) for _ in range(n)]
        c = f"{n}\n" + "".join(f"{x} {y}\n" for x, y in pts)
        if c not in cases:
            cases.append(c)
    return cases


SOLUTIONS = [
r'''
n = int(input())
best_i, best_d = 0, None
for i in range(1, n + 1):
    x, y = map(int, input().split())
    d = x * x + y * y
    if best_d is None or d < best_d:
        best_i, best_d = i, d
print(best_i, best_d)
''',
r'''
import sys
data = list(map(int, sys.stdin.read().split()))
n = data[0]
d = [data[1 + 2 * i] ** 2 + data[2 + 2 * i] ** 2 for i in range(n)]
m = min(d)
print(d.index(m) + 1, m)
''',
r'''
n = int(input())
pts = [tuple(map(int, input().split())) for _ in range(n)]
dist, idx = min((x * x + y * y, i) for i, (x, y) in enumerate(pts, 1))
print(idx, dist)
''',
r'''
import heapq
import sys
lines = sys.stdin.read().splitlines()
heap = []
for i, line in enumerate(lines[1:], 1):
    a, b = map(int, line.split())
    heapq.heappush(heap, (a * a + b * b, i))
top = heapq.heappop(heap)
print(top[1], top[0])
''',
r'''
n = int(input())
rows = [list(map(int, input().split())) for _ in range(n)]
order = sorted(range(n), key=lambda k: sum(v * v for v in rows[k]))
first = order[0]
print(first + 1, rows[first][0] ** 2 + rows[first][1] ** 2)
''',
]
