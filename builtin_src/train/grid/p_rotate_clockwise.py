TITLE = "Rotate the Picture"
DIFFICULTY = "medium"
TAGS = ["grid", "simulation"]
STATEMENT = """\
A picture is drawn on a grid with H rows and W columns. The character in the i-th row and
j-th column is the j-th character of S_i; each character is `#` or `.`.

The picture is rotated by 90 degrees clockwise, K times in total. Print the resulting picture.
After one clockwise rotation, the first column read from bottom to top becomes the first row,
so a picture with H rows and W columns turns into one with W rows and H columns.

Input
The input is given from Standard Input in the following format:
H W K
S_1
S_2
...
S_H

Output
Print the final picture, one row per line, without spaces.

Constraints
- 1 <= H, W <= 30
- 0 <= K <= 10^9
- Each S_i is a string of length W consisting of `#` and `.`.
"""


def tests(rng):
    fixed = [
        (["#..", "##."], 1),
        (["#.", ".."], 2),
        (["#"], 0),
        (["#.#.", "...."], 3),
        (["##.", "..#"], 0),
        (["#..", "...", "..#"], 4),
        (["#.", "..", ".#"], 1000000000),
        (["##", "#.", ".."], 999999999),
    ]
    cases = [f"{len(g)} {len(g[0])} {k}\n" + "\n".join(g) + "\n" for g, k in fixed]
    while len(cases) < 15:
        h, w = rng.randint(1, 30), rng.randint(1, 30)
        k = rng.choice([rng.randint(0, 7), rng.randint(0, 10**9)])
        g = ["".join(rng.choice("#..") for _ in range(w)) for _ in range(h)]
        case = f"{h} {w} {k}\n" + "\n".join(g) + "\n"
        if case not in cases:
            cases.append(case)
    return cases


SOLUTIONS = [
r'''
h, w, k = map(int, input().split())
g = [input() for _ in range(h)]
for _ in range(k % 4):
    g = ["".join(col) for col in zip(*g[::-1])]
print("\n".join(g))
''',
r'''
h, w, k = map(int, input().split())
g = [input() for _ in range(h)]
r = k % 4
if r == 0:
    out = g
elif r == 1:
    out = ["".join(g[h - 1 - i][j] for i in range(h)) for j in range(w)]
elif r == 2:
    out = [row[::-1] for row in reversed(g)]
else:
    out = ["".join(g[i][w - 1 - j] for i in range(h)) for j in range(w)]
for line in out:
    print(line)
''',
r'''
import sys
data = sys.stdin.read().split()
k = int(data[2])
g = [list(s) for s in data[3:]]
for _ in range(k % 4):
    rows, cols = len(g), len(g[0])
    new = [[None] * rows for _ in range(cols)]
    for i in range(rows):
        for j in range(cols):
            new[j][rows - 1 - i] = g[i][j]
    g = new
for row in g:
    print("".join(row))
''',
r'''
h, w, k = map(int, input().split())
g = [input() for _ in range(h)]
turns = k % 4
if turns == 2:
    g = [s[::-1] for s in g[::-1]]
elif turns:
    cols = list(map("".join, zip(*g)))
    g = [c[::-1] for c in cols] if turns == 1 else cols[::-1]
print(*g, sep="\n")
''',
r'''
import sys

def rot(grid, t):
    if t == 0:
        return grid
    return rot(["".join(grid[i][j] for i in reversed(range(len(grid)))) for j in range(len(grid[0]))], t - 1)

lines = sys.stdin.read().split()
for line in rot(lines[3:], int(lines[2]) % 4):
    sys.stdout.write(line + "\n")
''',
]
