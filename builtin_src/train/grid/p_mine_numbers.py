TITLE = "Mine Numbers"
DIFFICULTY = "medium"
TAGS = ["grid", "neighbours"]
STATEMENT = """\
A minefield is a grid with H rows and W columns. The j-th character of S_i describes the cell
in the i-th row and j-th column: `#` is a mine and `.` is an empty cell.

For every empty cell, count the mines among its (up to) eight neighbouring cells, i.e. the
cells that share a side or a corner with it. Replace the empty cell by that count, written as
a single digit. Mine cells stay `#`. Print the resulting grid.

Input
The input is given from Standard Input in the following format:
H W
S_1
S_2
...
S_H

Output
Print H lines; the i-th line is the i-th row of the resulting grid, without spaces.

Constraints
- 1 <= H, W <= 30
- Each S_i is a string of length W consisting of `#` and `.`.
"""


def tests(rng):
    fixed = [
        ["#..", "...", ".#."],
        [".#.", "###", ".#."],
        ["."],
        ["#"],
        ["#.#.#"],
        [".", "#", "."],
        ["###", "#.#", "###"],
        ["." * 30] * 30,
    ]
    cases = [f"{len(g)} {len(g[0])}\n" + "\n".join(g) + "\n" for g in fixed]
    while len(cases) < 15:
        h, w = rng.randint(1, 30), rng.randint(1, 30)
        p = rng.choice([0.15, 0.3, 0.6])
        g = ["".join("#" if rng.random() < p else "." for _ in range(w)) for _ in range(h)]
        case = f"{h} {w}\n" + "\n".join(g) + "\n"
        if case not in cases:
            cases.append(case)
    return cases


SOLUTIONS = [
r'''
h, w = map(int, input().split())
g = [input() for _ in range(h)]
for i in range(h):
    row = []
    for j in range(w):
        if g[i][j] == "#":
            row.append("#")
            continue
        c = 0
        for di in (-1, 0, 1):
            for dj in (-1, 0, 1):
                ni, nj = i + di, j + dj
                if 0 <= ni < h and 0 <= nj < w and g[ni][nj] == "#":
                    c += 1
        row.append(str(c))
    print("".join(row))
''',
r'''
import sys
data = sys.stdin.read().split()
h, w = int(data[0]), int(data[1])
pad = ["." * (w + 2)] + ["." + s + "." for s in data[2:]] + ["." * (w + 2)]
for i in range(1, h + 1):
    line = ""
    for j in range(1, w + 1):
        if pad[i][j] == "#":
            line += "#"
        else:
            block = pad[i - 1][j - 1:j + 2] + pad[i][j - 1:j + 2] + pad[i + 1][j - 1:j + 2]
            line += str(block.count("#"))
    print(line)
''',
r'''
from itertools import product
h, w = map(int, input().split())
mines = {(i, j) for i in range(h) for j, ch in enumerate(input()) if ch == "#"}
for i in range(h):
    print("".join(
        "#" if (i, j) in mines
        else str(sum((i + a, j + b) in mines for a, b in product((-1, 0, 1), repeat=2)))
        for j in range(w)))
''',
r'''
h, w = map(int, input().split())
g = [input() for _ in range(h)]
cnt = [[0] * w for _ in range(h)]
for i in range(h):
    for j in range(w):
        if g[i][j] != "#":
            continue
        for x in range(max(0, i - 1), min(h, i + 2)):
            for y in range(max(0, j - 1), min(w, j + 2)):
                cnt[x][y] += 1
for i in range(h):
    print("".join("#" if g[i][j] == "#" else str(cnt[i][j]) for j in range(w)))
''',
r'''
import sys
lines = sys.stdin.read().split()
h, w = int(lines[0]), int(lines[1])
grid = lines[2:]
moves = [(a, b) for a in (-1, 0, 1) for b in (-1, 0, 1) if a or b]

def mine(r, c):
    return 0 <= r < h and 0 <= c < w and grid[r][c] == "#"

out = []
for r in range(h):
    out.append("".join(ch if ch == "#" else str(sum(mine(r + a, c + b) for a, b in moves))
                       for c, ch in enumerate(grid[r])))
sys.stdout.write("\n".join(out) + "\n")
''',
]
