TITLE = "Counting Islands"
DIFFICULTY = "hard"
TAGS = ["grid", "flood fill", "graphs"]
STATEMENT = """\
A map is drawn on a grid with H rows and W columns. The cell in the i-th row and j-th column is
land if the j-th character of S_i is `#` and water if it is `.`.

Two land cells belong to the same island if one can walk from one to the other by repeatedly
moving to a land cell that shares a side (up, down, left or right) with the current cell.
Cells touching only at a corner are not connected directly.

Print the number of islands.

Input
The input is given from Standard Input in the following format:
H W
S_1
S_2
...
S_H

Output
Print the number of islands as an integer.

Constraints
- 1 <= H, W <= 30
- Each S_i is a string of length W consisting of `#` and `.`.
"""


def tests(rng):
    fixed = [
        ["##..", "#..#", "..##"],
        ["#.#", ".#.", "#.#"],
        ["."],
        ["#"],
        ["#" * 30] * 30,
        ["#.#.#.#.#"],
        ["###", "#.#", "###"],
        ["#.#" * 10] * 30,
    ]
    cases = [f"{len(g)} {len(g[0])}\n" + "\n".join(g) + "\n" for g in fixed]
    while len(cases) < 15:
        h, w = rng.randint(1, 30), rng.randint(1, 30)
        p = rng.choice([0.3, 0.45, 0.6])
        g = ["".join("#" if rng.random() < p else "." for _ in range(w)) for _ in range(h)]
        case = f"{h} {w}\n" + "\n".join(g) + "\n"
        if case not in cases:
            cases.append(case)
    return cases


SOLUTIONS = [
r'''
from collections import deque
h, w = map(int, input().split())
g = [input() for _ in range(h)]
seen = [[False] * w for _ in range(h)]
count = 0
for si in range(h):
    for sj in range(w):
        if g[si][sj] != "#" or seen[si][sj]:
            continue
        count += 1
        seen[si][sj] = True
        q = deque([(si, sj)])
        while q:
            i, j = q.popleft()
            for ni, nj in ((i + 1, j), (i - 1, j), (i, j + 1), (i, j - 1)):
                if 0 <= ni < h and 0 <= nj < w and g[ni][nj] == "#" and not seen[ni][nj]:
                    seen[ni][nj] = True
                    q.append((ni, nj))
print(count)
''',
r'''
import sys
sys.setrecursionlimit(10000)
data = sys.stdin.read().split()
h, w = int(data[0]), int(data[1])
g = [list(r) for r in data[2:]]

def sink(i, j):
    if i < 0 or j < 0 or i >= h or j >= w or g[i][j] != "#":
        return
    g[i][j] = "."
    sink(i + 1, j)
    sink(i - 1, j)
    sink(i, j + 1)
    sink(i, j - 1)

islands = 0
for i in range(h):
    for j in range(w):
        if g[i][j] == "#":
            islands += 1
            sink(i, j)
print(islands)
''',
r'''
h, w = map(int, input().split())
land = {(i, j) for i in range(h) for j, c in enumerate(input()) if c == "#"}
n = 0
while land:
    n += 1
    stack = [land.pop()]
    while stack:
        i, j = stack.pop()
        for nb in ((i + 1, j), (i - 1, j), (i, j + 1), (i, j - 1)):
            if nb in land:
                land.remove(nb)
                stack.append(nb)
print(n)
''',
r'''
h, w = map(int, input().split())
g = [input() for _ in range(h)]
parent = list(range(h * w))

def find(x):
    while parent[x] != x:
        parent[x] = parent[parent[x]]
        x = parent[x]
    return x

for i in range(h):
    for j in range(w):
        if g[i][j] != "#":
            continue
        if i + 1 < h and g[i + 1][j] == "#":
            parent[find(i * w + j)] = find((i + 1) * w + j)
        if j + 1 < w and g[i][j + 1] == "#":
            parent[find(i * w + j)] = find(i * w + j + 1)
print(len({find(i * w + j) for i in range(h) for j in range(w) if g[i][j] == "#"}))
''',
r'''
import sys
rows = sys.stdin.read().split()[2:]
label = {}
nxt = 0
for i, row in enumerate(rows):
    for j, ch in enumerate(row):
        if ch == "#" and (i, j) not in label:
            nxt += 1
            label[(i, j)] = nxt
            frontier = [(i, j)]
            while frontier:
                new = []
                for a, b in frontier:
                    for c, d in [(a + 1, b), (a - 1, b), (a, b + 1), (a, b - 1)]:
                        if 0 <= c < len(rows) and 0 <= d < len(row) and rows[c][d] == "#" and (c, d) not in label:
                            label[(c, d)] = nxt
                            new.append((c, d))
                frontier = new
print(nxt)
''',
]
