TITLE = "Sealed Rooms"
DIFFICULTY = "hard"
TAGS = ["grid", "flood fill", "bfs"]
STATEMENT = """\
A floor plan is a grid with H rows and W columns. The cell in the i-th row and j-th column is a
wall if the j-th character of S_i is `#` and an empty cell if it is `.`.

Air can flow from an empty cell to an empty cell sharing a side with it. An empty cell is
ventilated if air can flow from it, through empty cells only, to some empty cell in the first
row, last row, first column or last column of the grid (a cell on that outer ring is itself
ventilated). Empty cells that are not ventilated are sealed.

Print the number of sealed empty cells.

Input
The input is given from Standard Input in the following format:
H W
S_1
S_2
...
S_H

Output
Print the number of sealed empty cells.

Constraints
- 1 <= H, W <= 30
- Each S_i is a string of length W consisting of `#` and `.`.
"""


def tests(rng):
    fixed = [
        ["#####", "#..##", "#.#.#", "#####"],
        ["...", ".#.", "..."],
        ["."],
        ["#"],
        ["###", "#.#", "###"],
        ["#.#", "#.#", "###"],
        ["#####", "#...#", "#.#.#", "#...#", "#####"],
        ["." * 30] * 30,
        ["#" * 30] + ["#" + "." * 28 + "#"] * 28 + ["#" * 30],
        ["#" * 30] + ["#" + "." * 28 + "#"] * 27 + ["#" * 28 + ".."] + ["#" * 30],
    ]
    cases = [f"{len(g)} {len(g[0])}\n" + "\n".join(g) + "\n" for g in fixed]
    while len(cases) < 18:
        h, w = rng.randint(1, 30), rng.randint(1, 30)
        p = rng.choice([0.35, 0.45, 0.55])
        g = [["#" if rng.random() < p else "." for _ in range(w)] for _ in range(h)]
        if rng.random() < 0.5:
            for i in range(h):
                for j in range(w):
                    if i in (0, h - 1) or j in (0, w - 1):
                        g[i][j] = "#"
        case = f"{h} {w}\n" + "\n".join("".join(r) for r in g) + "\n"
        if case not in cases:
            cases.append(case)
    return cases


SOLUTIONS = [
r'''
from collections import deque
h, w = map(int, input().split())
g = [input() for _ in range(h)]
seen = [[False] * w for _ in range(h)]
q = deque()
for i in range(h):
    for j in range(w):
        if g[i][j] == "." and (i in (0, h - 1) or j in (0, w - 1)):
            seen[i][j] = True
            q.append((i, j))
while q:
    i, j = q.popleft()
    for a, b in ((i + 1, j), (i - 1, j), (i, j + 1), (i, j - 1)):
        if 0 <= a < h and 0 <= b < w and g[a][b] == "." and not seen[a][b]:
            seen[a][b] = True
            q.append((a, b))
print(sum(g[i][j] == "." and not seen[i][j] for i in range(h) for j in range(w)))
''',
r'''
import sys
data = sys.stdin.read().split()
h, w = int(data[0]), int(data[1])
empty = {(i, j) for i, row in enumerate(data[2:]) for j, c in enumerate(row) if c == "."}
sealed = 0
while empty:
    stack = [empty.pop()]
    size, touches = 0, False
    while stack:
        i, j = stack.pop()
        size += 1
        if i in (0, h - 1) or j in (0, w - 1):
            touches = True
        for nb in ((i + 1, j), (i - 1, j), (i, j + 1), (i, j - 1)):
            if nb in empty:
                empty.discard(nb)
                stack.append(nb)
    if not touches:
        sealed += size
print(sealed)
''',
]
