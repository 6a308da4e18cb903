TITLE = "Robot in a Room"
DIFFICULTY = "medium"
TAGS = ["grid", "simulation"]
STATEMENT = """\
A room is a grid with H rows and W columns. The cell in the i-th row and j-th column is a wall
if the j-th character of S_i is `#` and free if it is `.`. A robot starts on the free cell
in row 1, column 1.

The robot executes the commands of a string T one by one. `U`, `D`, `L` and `R` move it one
cell up, down, left and right, respectively. If the target cell is a wall or lies outside the
grid, the robot ignores that command and stays where it is.

Print the robot's final position.

Input
The input is given from Standard Input in the following format:
H W
S_1
...
S_H
T

Output
Print the final row and column of the robot, separated by a space.

Constraints
- 1 <= H, W <= 30
- Each S_i is a string of length W consisting of `#` and `.`; the first character of S_1 is `.`.
- 1 <= |T| <= 200
- T consists of `U`, `D`, `L` and `R`.
"""


def tests(rng):
    fixed = [
        (["...", ".#.", "..."], "RRDDLU"),
        (["."], "UDLR"),
        (["..", "##"], "DDDRRR"),
        ([".#", ".."], "RDRU"),
        (["....."], "RRRRRRRRLL"),
        ([".", ".", "."], "DDDDU"),
        (["." * 30] * 30, "R" * 100 + "D" * 100),
    ]
    cases = [f"{len(g)} {len(g[0])}\n" + "\n".join(g) + f"\n{t}\n" for g, t in fixed]
    while len(cases) < 15:
        h, w = rng.randint(1, 30), rng.randint(1, 30)
        g = ["".join("#" if rng.random() < 0.25 else "." for _ in range(w)) for _ in range(h)]
        g[0] = "." + g[0][1:]
        t = "".join(rng.choice("UDLR") for _ in range(rng.randint(1, 200)))
        case = f"{h} {w}\n" + "\n".join(g) + f"\n{t}\n"
        if case not in cases:
            cases.append(case)
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
data = sys.stdin.read().split()
h, w = int(data[0]), int(data[1])
g = data[2:2 + h]
x, y = 0, 0
for cmd in data[2 + h]:
    if cmd == "U" and x > 0 and g[x - 1][y] == ".":
        x -= 1
    elif cmd == "D" and x < h - 1 and g[x + 1][y] == ".":
        x += 1
    elif cmd == "L" and y > 0 and g[x][y - 1] == ".":
        y -= 1
    elif cmd == "R" and y < w - 1 and g[x][y + 1] == ".":
        y += 1
print(x + 1, y + 1)
''',
r'''
h, w = map(int, input().split())
wall = ["#" * (w + 2)] + ["#" + input() + "#" for _ in range(h)] + ["#" * (w + 2)]
pos = [1, 1]
step = dict(zip("UDLR", [(-1, 0), (1, 0), (0, -1), (0, 1)]))
for ch in input():
    a, b = pos[0] + step[ch][0], pos[1] + step[ch][1]
    if wall[a][b] != "#":
        pos = [a, b]
print(*pos)
''',
r'''
h, w = map(int, input().split())
free = {complex(i, j) for i in range(h) for j, ch in enumerate(input()) if ch == "."}
move = {"U": -1, "D": 1, "L": -1j, "R": 1j}
p = 0j
for ch in input():
    if p + move[ch] in free:
        p += move[ch]
print(int(p.real) + 1, int(p.imag) + 1)
''',
r'''
from functools import reduce
import sys
lines = sys.stdin.read().split()
h, w = map(int, lines[:2])
grid, cmds = lines[2:2 + h], lines[2 + h]
dirs = {"U": (-1, 0), "D": (1, 0), "L": (0, -1), "R": (0, 1)}

def go(p, ch):
    i, j = p[0] + dirs[ch][0], p[1] + dirs[ch][1]
    ok = i in range(h) and j in range(w) and grid[i][j] == "."
    return (i, j) if ok else p

fi, fj = reduce(go, cmds, (0, 0))
print(f"{fi + 1} {fj + 1}")
''',
]
