TITLE = "Lonely Black Cells"
DIFFICULTY = "medium"
TAGS = ["grid", "neighbours"]
STATEMENT = """\
There is a grid with H rows and W columns. The cell in the i-th row and j-th column is black
if the j-th character of S_i is `#` and white if it is `.`.

A black cell is called lonely if none of the cells directly above, below, left of or right of
it (those that exist) is black. Diagonal neighbours do not matter.

Print the number of lonely black cells.

Input
The input is given from Standard Input in the following format:
H W
S_1
S_2
...
S_H

Output
Print the number of lonely black cells as an integer.

Constraints
- 1 <= H, W <= 30
- Each S_i is a string of length W consisting of `#` and `.`.
"""


def tests(rng):
    fixed = [
        ["#.#", ".#.", "#.."],
        ["##", ".."],
        ["#"],
        ["."],
        ["#" * 30] * 30,
        ["#.#.#.#"],
        ["#", ".", "#", "#"],
        [".#.", "#.#", ".#."],
    ]
    cases = [f"{len(g)} {len(g[0])}\n" + "\n".join(g) + "\n" for g in fixed]
    while len(cases) < 15:
        h, w = rng.randint(1, 30), rng.randint(1, 30)
        p = rng.choice([0.15, 0.3, 0.5])
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
for i in range(h):
    for j in range(w):
        if g[i][j] != "#":
            continue
        alone = True
        for di, dj in ((1, 0), (-1, 0), (0, 1), (0, -1)):
            ni, nj = i + di, j + dj
            if 0 <= ni < h and 0 <= nj < w and g[ni][nj] == "#":
                alone = False
        ans += alone
print(ans)
''',
r'''
import sys
data = sys.stdin.read().split()
w = int(data[1])
p = ["." * (w + 2)] + ["." + r + "." for r in data[2:]] + ["." * (w + 2)]
print(sum(p[i][j] == "#" and "#" not in p[i - 1][j] + p[i + 1][j] + p[i][j - 1] + p[i][j + 1]
          for i in range(1, len(p) - 1) for j in range(1, w + 1)))
''',
r'''
h, w = map(int, input().split())
black = set()
for r in range(h):
    for c, ch in enumerate(input()):
        if ch == "#":
            black.add((r, c))
print(len([1 for r, c in black
           if not ({(r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)} & black)]))
''',
r'''
import sys
rows = sys.stdin.read().split()[2:]
cols = ["".join(t) for t in zip(*rows)]
count = 0
for i, row in enumerate(rows):
    for j, ch in enumerate(row):
        if ch == "#" and row[max(j - 1, 0):j + 2].count("#") == 1 \
                and cols[j][max(i - 1, 0):i + 2].count("#") == 1:
            count += 1
print(count)
''',
r'''
h, w = map(int, input().split())
g = [list(input()) for _ in range(h)]

def black(i, j):
    try:
        return i >= 0 and j >= 0 and g[i][j] == "#"
    except IndexError:
        return False

total = 0
for i in range(h):
    for j in range(w):
        if black(i, j) and not any(black(i + a, j + b) for a, b in [(0, 1), (1, 0), (0, -1), (-1, 0)]):
            total += 1
print(total)
''',
]
