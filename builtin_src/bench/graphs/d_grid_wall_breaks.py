TITLE = "Digging Through Walls"
DIFFICULTY = "hard"
TAGS = ["graphs", "0-1 bfs", "grid"]
STATEMENT = """\
A mine is a grid with H rows and W columns. The square in row i and column j is open if
S_{i,j} is `.` and is solid rock if it is `#`. A miner starts at the top-left square (1, 1) and
wants to reach the bottom-right square (H, W). In one step she moves to a square that shares a
side with her current square. She may enter a rock square only by blasting it first, and each
blast destroys exactly the one rock square she is about to enter.

Print the minimum number of blasts needed to reach (H, W).

Input
The input is given from Standard Input in the following format:
H W
S_{1,1}...S_{1,W}
...
S_{H,1}...S_{H,W}

Output
Print the minimum number of blasts as an integer.

Constraints
- 1 <= H, W <= 100
- Each S_{i,j} is `.` or `#`.
- S_{1,1} and S_{H,W} are `.`.
"""


def tests(rng):
    def make(g):
        return f"{len(g)} {len(g[0])}\n" + "".join(r + "\n" for r in g)

    def rand(h, w, p):
        g = [["#" if rng.random() < p else "." for _ in range(w)] for _ in range(h)]
        g[0][0] = g[-1][-1] = "."
        return make(["".join(r) for r in g])

    cases = [make(["..#", "###", "#.."]), make(["..", ".."]), make(["."]), make([".#."]),
             make(["." + "#" * 98 + "."]), make(["." + "#" * 99] + ["#" * 100] * 98 + ["#" * 99 + "."]),
             make([".#" * 50] * 100), make(["." * 100] + ["#" * 99 + "."] * 99),
             make([".#...", ".#.#.", ".#.#.", "...#."])]
    cases.append(rand(100, 100, 0.5))
    cases.append(rand(100, 100, 0.8))
    cases.append(rand(100, 100, 0.2))
    while len(cases) < 17:
        cases.append(rand(rng.randint(1, 100), rng.randint(1, 100), rng.choice([0.3, 0.5, 0.7])))
    return cases


SOLUTIONS = [
r'''
from collections import deque
h, w = map(int, input().split())
g = [input() for _ in range(h)]
INF = 10**9
dist = [[INF] * w for _ in range(h)]
dist[0][0] = 0
dq = deque([(0, 0)])
while dq:
    i, j = dq.popleft()
    d = dist[i][j]
    for ni, nj in ((i + 1, j), (i - 1, j), (i, j + 1), (i, j - 1)):
        if 0 <= ni < h and 0 <= nj < w:
            c = 1 if g[ni][nj] == "#" else 0
            if d + c < dist[ni][nj]:
                dist[ni][nj] = d + c
                if c:
                    dq.append((ni, nj))
                else:
                    dq.appendleft((ni, nj))
print(dist[h - 1][w - 1])
''',
r'''
import heapq
import sys
h, w, *rows = sys.stdin.read().split()
h, w = int(h), int(w)
best = {(0, 0): 0}
pq = [(0, 0, 0)]
while pq:
    d, i, j = heapq.heappop(pq)
    if (i, j) == (h - 1, w - 1):
        print(d)
        break
    if d > best[(i, j)]:
        continue
    for di, dj in ((1, 0), (-1, 0), (0, 1), (0, -1)):
        ni, nj = i + di, j + dj
        if 0 <= ni < h and 0 <= nj < w:
            nd = d + (rows[ni][nj] == "#")
            if nd < best.get((ni, nj), 10**9):
                best[(ni, nj)] = nd
                heapq.heappush(pq, (nd, ni, nj))
''',
]
