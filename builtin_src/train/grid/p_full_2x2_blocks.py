TITLE = "Solid Two-by-Two Blocks"
DIFFICULTY = "medium"
TAGS = ["grid", "counting"]
STATEMENT = """\
There is a grid with H rows and W columns. The cell in the i-th row and j-th column is painted
if the j-th character of S_i is `#` and unpainted if it is `.`.

Count the number of 2 x 2 squares inside the grid whose four cells are all painted. Squares
may overlap; each position of the top-left cell (i, j) with 1 <= i <= H - 1 and
1 <= j <= W - 1 is counted separately.

Input
The input is given from Standard Input in the following format:
H W
S_1
S_2
...
S_H

Output
Print the number of fully painted 2 x 2 squares.

Constraints
- 1 <= H, W <= 30
- Each S_i is a string of length W consisting of `#` and `.`.
"""


def tests(rng):
    fixed = [
        ["###", "###", ".##"],
        ["#.", ".#"],
        ["#"],
        ["####"],
        ["#", "#"],
        ["##", "##"],
        ["#" * 30] * 30,
        ["#.#", "###", "#.#"],
    ]
    cases = [f"{len(g)} {len(g[0])}\n" + "\n".join(g) + "\n" for g in fixed]
    while len(cases) < 15:
        h, w = rng.randint(1, 30), rng.randint(1, 30)
        p = rng.choice([0.5, 0.7, 0.9])
        g = ["".join("#" if rng.random() < p else "." for _ in range(w)) for _ in range(h)]
        case = f"{h} {w}\n" + "\n".join(g) + "\n"
        if case not in cases:
            cases.append(case)
    return cases


SOLUTIONS = [
r'''
h, w = map(int, input().split())
g = [input() for _ in range(h)]
ans = 0
for i in range(h - 1):
    for j in range(w - 1):
        if g[i][j] == g[i][j + 1] == g[i + 1][j] == g[i + 1][j + 1] == "#":
            ans += 1
print(ans)
''',
r'''
import sys
rows = sys.stdin.read().split()[2:]
total = 0
for top, bottom in zip(rows, rows[1:]):
    pairs = list(zip(top, bottom))
    total += sum(a == b == c == d == "#" for (a, b), (c, d) in zip(pairs, pairs[1:]))
print(total)
''',
r'''
h, w = map(int, input().split())
cells = {(i, j) for i in range(h) for j, c in enumerate(input()) if c == "#"}
print(sum({(i + 1, j), (i, j + 1), (i + 1, j + 1)} <= cells for i, j in cells))
''',
r'''
h, w = map(int, input().split())
g = [input() for _ in range(h)]
pre = [[0] * (w + 1) for _ in range(h + 1)]
for i in range(h):
    for j in range(w):
        pre[i + 1][j + 1] = pre[i][j + 1] + pre[i + 1][j] - pre[i][j] + (g[i][j] == "#")
cnt = 0
for i in range(2, h + 1):
    for j in range(2, w + 1):
        if pre[i][j] - pre[i - 2][j] - pre[i][j - 2] + pre[i - 2][j - 2] == 4:
            cnt += 1
print(cnt)
''',
r'''
import sys
data = sys.stdin.read().split()
h, w = int(data[0]), int(data[1])
g = data[2:]
offsets = [(0, 0), (0, 1), (1, 0), (1, 1)]
print(len([(i, j) for i in range(h - 1) for j in range(w - 1)
           if all(g[i + a][j + b] == "#" for a, b in offsets)]))
''',
]
