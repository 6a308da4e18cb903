TITLE = "Robot in a Walled Room"
DIFFICULTY = "medium"
TAGS = ["simulation", "grid"]
STATEMENT = """\
A room is a grid of H rows and W columns; (r, c) is the cell in row r from the top and column c
from the left. Cell (r, c) is a wall if the c-th character of the r-th grid line is #, and empty
if it is a dot. A robot starts at (1, 1), which is empty, and performs the commands of string T
in order: U, D, L, R try to move it one cell up, down, left or right. If the target cell is
outside the grid or a wall, the robot stays where it is. Print its final cell.

Input
The input is given from Standard Input in the following format:
H W
G_1
...
G_H
T

Output
Print the final row and column, separated by a space.

Constraints
- 1 <= H, W <= 30
- 1 <= |T| <= 1000
- G_i has length W and consists of . and #; G_1 starts with a dot.
- T consists of U, D, L and R.
"""


def tests(rng):
    cases = ["3 4\n..#.\n.#..\n....\nRRDDRDL\n", "1 1\n.\nUDLR\n", "2 2\n.#\n#.\nRDRD\n",
             "1 5\n.....\nRRRRRRRRL\n", "3 3\n...\n...\n...\nDDDDRRRRUL\n"]
    while len(cases) < 14:
        h, w = rng.randint(1, 30), rng.randint(1, 30)
        p = rng.choice([0.0, 0.2, 0.4])
        rows = ["".join("#" if rng.random() < p else "." for _ in range(w)) for _ in range(h)]
        rows[0] = "." + rows[0][1:]
        t = "".join(rng.choice("UDLRRD") for _ in range(rng.randint(1, 1000)))
        cases.append(f"{h} {w}\n" + "\n".join(rows) + f"\n{t}\n")
    return cases


SOLUTIONS = [
r'''
h, w = map(int, input().split())
g = [input() for _ in range(h)]
t = input()
delta = {"U": (-1, 0), "D": (1, 0), "L": (0, -1), "R": (0, 1)}
r = c = 0
for ch in t:
    nr, nc = r + delta[ch][0], c + delta[ch][1]
    if 0 <= nr < h and 0 <= nc < w and g[nr][nc] == ".":
        r, c = nr, nc
print(r + 1, c + 1)
''',
r'''
import sys
lines = sys.stdin.read().split()
h, w = int(lines[0]), int(lines[1])
padded = ["#" * (w + 2)] + ["#" + row + "#" for row in lines[2:2 + h]] + ["#" * (w + 2)]
r, c = 1, 1
for ch in lines[2 + h]:
    dr = (ch == "D") - (ch == "U")
    dc = (ch == "R") - (ch == "L")
    if padded[r + dr][c + dc] != "#":
        r += dr
        c += dc
print(r, c)
''',
r'''
h, w = map(int, input().split())
free = set()
for i in range(h):
    for j, ch in enumerate(input()):
        if ch == ".":
            free.add(complex(i, j))
step = {"U": -1, "D": 1, "L": -1j, "R": 1j}
at = 0j
for ch in input():
    if at + step[ch] in free:
        at += step[ch]
print(int(at.real) + 1, int(at.imag) + 1)
''',
r'''
def move(grid, pos, ch):
    r, c = pos
    match ch:
        case "U": r -= 1
        case "D": r += 1
        case "L": c -= 1
        case "R": c += 1
    if r < 0 or c < 0 or r >= len(grid) or c >= len(grid[0]) or grid[r][c] == "#":
        return pos
    return r, c

h, w = map(int, input().split())
grid = [input() for _ in range(h)]
pos = (0, 0)
for ch in input():
    pos = move(grid, pos, ch)
print(pos[0] + 1, pos[1] + 1)
''',
r'''
from functools import reduce
h, w = map(int, input().split())
walls = [[ch == "#" for ch in input()] for _ in range(h)]
dirs = dict(zip("UDLR", [(-1, 0), (1, 0), (0, -1), (0, 1)]))

def go(p, ch):
    r, c = p[0] + dirs[ch][0], p[1] + dirs[ch][1]
    return (r, c) if r in range(h) and c in range(w) and not walls[r][c] else p

r, c = reduce(go, input(), (0, 0))
print(f"{r + 1} {c + 1}")
''',
]
