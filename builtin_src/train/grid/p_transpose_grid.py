TITLE = "Transpose a Grid"
DIFFICULTY = "easy"
TAGS = ["grid", "strings"]
STATEMENT = """\
You are given a grid with H rows and W columns. The character in the i-th row and j-th column
is the j-th character of S_i; each character is `#` or `.`.

Print the transpose of the grid: a grid with W rows and H columns whose character in the j-th
row and i-th column equals the character in the i-th row and j-th column of the original grid.

Input
The input is given from Standard Input in the following format:
H W
S_1
S_2
...
S_H

Output
Print W lines. The j-th line must contain the H characters of the j-th row of the transposed
grid, without spaces.

Constraints
- 1 <= H, W <= 30
- Each S_i is a string of length W consisting of `#` and `.`.
"""


def tests(rng):
    fixed = [
        ["#..", ".#."],
        ["#"],
        ["."],
        ["#.##."],
        ["#", ".", "#"],
        ["##", ".."],
        ["#" * 30] * 30,
    ]
    cases = [f"{len(g)} {len(g[0])}\n" + "\n".join(g) + "\n" for g in fixed]
    while len(cases) < 15:
        h, w = rng.randint(1, 30), rng.randint(1, 30)
        g = ["".join(rng.choice("#.") for _ in range(w)) for _ in range(h)]
        case = f"{h} {w}\n" + "\n".join(g) + "\n"
        if case not in cases:
            cases.append(case)
    return cases


SOLUTIONS = [
r'''
h, w = map(int, input().split())
rows = [input() for _ in range(h)]
for col in zip(*rows):
    print("".join(col))
''',
r'''
import sys
first, *g = sys.stdin.read().splitlines()
h, w = map(int, first.split())
j = 0
while j < w:
    line = ""
    for row in g:
        line += row[j]
    print(line)
    j += 1
''',
r'''
import sys
data = sys.stdin.read().split()
h, w = int(data[0]), int(data[1])
g = data[2:]
print("\n".join("".join(g[i][j] for i in range(h)) for j in range(w)))
''',
r'''
import sys
lines = sys.stdin.read().split()[2:]
sys.stdout.write("\n".join(map("".join, zip(*lines))) + "\n")
''',
r'''
h, w = map(int, input().split())
out = [[""] * h for _ in range(w)]
for i in range(h):
    for j, ch in enumerate(input()):
        out[j][i] = ch
for row in out:
    print(*row, sep="")
''',
]
