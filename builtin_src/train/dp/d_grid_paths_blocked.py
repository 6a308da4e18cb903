TITLE = "Monotone Walks Around Rocks"
DIFFICULTY = "medium"
TAGS = ["dp", "grid"]
STATEMENT = """\
There is a grid with H rows and W columns. The square in row i (from the top) and column j (from
the left) is empty if S_{i,j} is `.` and contains a rock if it is `#`.

A robot starts at the top-left square (1, 1) and wants to reach the bottom-right square (H, W).
In one move it goes one square to the right or one square down, and it can never enter a square
with a rock. Count the different routes and print the count modulo 1000000007.

Input
The input is given from Standard Input in the following format:
H W
S_{1,1}S_{1,2}...S_{1,W}
...
S_{H,1}S_{H,2}...S_{H,W}

Output
Print the number of routes modulo 1000000007.

Constraints
- 1 <= H, W <= 100
- Each S_{i,j} is `.` or `#`.
- S_{1,1} and S_{H,W} are `.`.
"""


def tests(rng):
    def make(g):
        return f"{len(g)} {len(g[0])}\n" + "".join(row + "\n" for row in g)

    def rand(h, w, p):
        g = [[("#" if rng.random() < p else ".") for _ in range(w)] for _ in range(h)]
        g[0][0] = g[-1][-1] = "."
        return ["".join(r) for r in g]

    cases = [make(["...", ".#.", "..."]), make([".#", "#."]), make(["."]), make(["." * 100]),
             make(["." * 100] * 100), make(["." * 100] * 2), make([".." + "#" * 98] + ["." * 100] * 99)]
    while len(cases) < 15:
        cases.append(make(rand(rng.randint(1, 100), rng.randint(1, 100), rng.choice([0.03, 0.1, 0.25]))))
    return cases


SOLUTIONS = [
r'''
h, w = map(int, input().split())
g = [input() for _ in range(h)]
MOD = 10**9 + 7
dp = [[0] * w for _ in range(h)]
dp[0][0] = 1
for i in range(h):
    for j in range(w):
        if g[i][j] == "#":
            dp[i][j] = 0
            continue
        if i > 0:
            dp[i][j] += dp[i - 1][j]
        if j > 0:
            dp[i][j] += dp[i][j - 1]
        dp[i][j] %= MOD
print(dp[h - 1][w - 1])
''',
r'''
import sys
lines = sys.stdin.read().split()
h, w = int(lines[0]), int(lines[1])
grid = lines[2:]
row = [0] * w
row[0] = 1
for r in grid:
    for j, ch in enumerate(r):
        if ch == "#":
            row[j] = 0
        elif j:
            row[j] = (row[j] + row[j - 1]) % 1000000007
print(row[-1])
''',
r'''
import sys
from functools import lru_cache
sys.setrecursionlimit(10000)
h, w = map(int, input().split())
g = [input() for _ in range(h)]

@lru_cache(maxsize=None)
def routes(i, j):
    if i >= h or j >= w or g[i][j] == "#":
        return 0
    if (i, j) == (h - 1, w - 1):
        return 1
    return (routes(i + 1, j) + routes(i, j + 1)) % 1000000007

print(routes(0, 0))
''',
r'''
import sys
h, w, *rows = sys.stdin.read().split()
h, w = int(h), int(w)
cells = "".join(rows)
ways = [0] * (h * w)
ways[0] = 1
for k in range(h * w):
    if cells[k] == "#":
        ways[k] = 0
        continue
    ways[k] %= 1000000007
    if k % w + 1 < w:
        ways[k + 1] += ways[k]
    if k + w < h * w:
        ways[k + w] += ways[k]
print(ways[-1])
''',
r'''
from collections import defaultdict
h, w = map(int, input().split())
free = {(i, j) for i in range(h) for j, ch in enumerate(input()) if ch == "."}
layer = {(0, 0): 1}
for _ in range(h + w - 2):
    nxt = defaultdict(int)
    for (i, j), c in layer.items():
        for cell in ((i + 1, j), (i, j + 1)):
            if cell in free:
                nxt[cell] = (nxt[cell] + c) % 1000000007
    layer = nxt
print(layer.get((h - 1, w - 1), 0))
''',
]
