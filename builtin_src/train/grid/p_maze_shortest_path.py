TITLE = "Shortest Way Through the Maze"
DIFFICULTY = "hard"
TAGS = ["grid", "bfs", "graphs"]
STATEMENT = """\
A maze is a grid with H rows and W columns. The j-th character of S_i describes the cell in the
i-th row and j-th column: `#` is a wall, `.` is an open cell, `S` is the start and `G` is the
goal (both open). There is exactly one `S` and exactly one `G`.

In one step you may move from an open cell to an open cell that shares a side with it. You may
not leave the grid or enter walls. Find the minimum number of steps needed to go from `S` to
`G`, or report that it is impossible.

Input
The input is given from Standard Input in the following format:
H W
S_1
S_2
...
S_H

Output
Print the minimum number of steps. If `G` cannot be reached, print `-1`.

Constraints
- 1 <= H, W <= 20
- H * W >= 2
- Each S_i is a string of length W consisting of `#`, `.`, `S` and `G`.
- `S` and `G` each occur exactly once in the grid.
"""


def tests(rng):
    fixed = [
        ["S.#", "#..", "..G"],
        ["S#G"],
        ["SG"],
        ["S", "G"],
        ["S....", "####.", "G...."],
        ["S.#", "##.", "#.G"],
        ["S" + "." * 19] + ["." * 20] * 18 + ["." * 19 + "G"],
    ]
    cases = [f"{len(g)} {len(g[0])}\n" + "\n".join(g) + "\n" for g in fixed]
    while len(cases) < 16:
        h, w = rng.randint(1, 20), rng.randint(2, 20)
        p = rng.choice([0.1, 0.2, 0.3])
        g = [["#" if rng.random() < p else "." for _ in range(w)] for _ in range(h)]
        cells = rng.sample([(i, j) for i in range(h) for j in range(w)], 2)
        g[cells[0][0]][cells[0][1]] = "S"
        g[cells[1][0]][cells[1][1]] = "G"
        case = f"{h} {w}\n" + "\n".join("".join(r) for r in g) + "\n"
        if case not in cases:
            cases.append(case)
    return cases


SOLUTIONS = [
r'''
from collections import deque
h, w = map(int, input().split())
g = [input() for _ in range(h)]
for i in range(h):
    for j in range(w):
        if g[i][j] == "S":
            start = (i, j)
dist = [[-1] * w for _ in range(h)]
dist[start[0]][start[1]] = 0
q = deque([start])
ans = -1
while q:
    i, j = q.popleft()
    if g[i][j] == "G":
        ans = dist[i][j]
        break
    for ni, nj in ((i + 1, j), (i - 1, j), (i, j + 1), (i, j - 1)):
        if 0 <= ni < h and 0 <= nj < w and g[ni][nj] != "#" and dist[ni][nj] < 0:
            dist[ni][nj] = dist[i][j] + 1
            q.append((ni, nj))
print(ans)
''',
r'''
import sys
data = sys.stdin.read().split()
grid = data[2:]
open_cells = {(i, j): ch for i, row in enumerate(grid) for j, ch in enumerate(row) if ch != "#"}
start = next(p for p, ch in open_cells.items() if ch == "S")
goal = next(p for p, ch in open_cells.items() if ch == "G")
layer, visited, steps = {start}, {start}, 0
while layer and goal not in layer:
    nxt = set()
    for i, j in layer:
        for nb in ((i + 1, j), (i - 1, j), (i, j + 1), (i, j - 1)):
            if nb in open_cells and nb not in visited:
                visited.add(nb)
                nxt.add(nb)
    layer = nxt
    steps += 1
print(steps if goal in layer else -1)
''',
r'''
h, w = map(int, input().split())
g = "".join(input() for _ in range(h))
s, t = g.index("S"), g.index("G")
dist = {s: 0}
queue = [s]
head = 0
while head < len(queue):
    v = queue[head]
    head += 1
    r, c = divmod(v, w)
    nbrs = []
    if r > 0: nbrs.append(v - w)
    if r < h - 1: nbrs.append(v + w)
    if c > 0: nbrs.append(v - 1)
    if c < w - 1: nbrs.append(v + 1)
    for u in nbrs:
        if g[u] != "#" and u not in dist:
            dist[u] = dist[v] + 1
            queue.append(u)
print(dist.get(t, -1))
''',
r'''
import heapq
h, w = map(int, input().split())
g = [input() for _ in range(h)]
src = next((i, j) for i in range(h) for j in range(w) if g[i][j] == "S")
INF = float("inf")
best = {src: 0}
pq = [(0, src)]
result = -1
while pq:
    d, (i, j) = heapq.heappop(pq)
    if d > best.get((i, j), INF):
        continue
    if g[i][j] == "G":
        result = d
        break
    for a, b in ((1, 0), (-1, 0), (0, 1), (0, -1)):
        x, y = i + a, j + b
        if 0 <= x < h and 0 <= y < w and g[x][y] != "#" and d + 1 < best.get((x, y), INF):
            best[(x, y)] = d + 1
            heapq.heappush(pq, (d + 1, (x, y)))
print(result)
''',
r'''
import sys
lines = sys.stdin.read().split()
h, w = int(lines[0]), int(lines[1])
g = lines[2:]
big = h * w + 5
d = [[0 if g[i][j] == "S" else big for j in range(w)] for i in range(h)]
changed = True
while changed:
    changed = False
    for i in range(h):
        for j in range(w):
            if g[i][j] == "#":
                continue
            m = min([d[i - 1][j] if i else big, d[i + 1][j] if i < h - 1 else big,
                     d[i][j - 1] if j else big, d[i][j + 1] if j < w - 1 else big]) + 1
            if m < d[i][j]:
                d[i][j] = m
                changed = True
gi, gj = [(i, j) for i in range(h) for j in range(w) if g[i][j] == "G"][0]
print(d[gi][gj] if d[gi][gj] < big else -1)
''',
]
