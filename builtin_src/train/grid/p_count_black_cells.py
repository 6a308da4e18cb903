TITLE = "Count Black Cells"
DIFFICULTY = "easy"
TAGS = ["grid", "counting"]
STATEMENT = """\
There is a grid with H rows and W columns. Each cell is either black or white. The colour of
the cell in the i-th row and j-th column is given by the j-th character of the string S_i:
`#` means black and `.` means white.

Print the number of black cells in the grid.

Input
The input is given from Standard Input in the following format:
H W
S_1
S_2
...
S_H

Output
Print the number of black cells as an integer.

Constraints
- 1 <= H, W <= 30
- Each S_i is a string of length W consisting of `#` and `.`.
"""


def _grid(rng, h, w, p):
    return ["".join("#" if rng.random() < p else "." for _ in range(w)) for _ in range(h)]


def tests(rng):
    fixed = [
        ["..#", "#.#"],
        ["."],
        ["#"],
        ["#" * 30] * 30,
        ["." * 30] * 30,
        ["#.#.#"],
        ["#", ".", "#", "#"],
    ]
    cases = [f"{len(g)} {len(g[0])}\n" + "\n".join(g) + "\n" for g in fixed]
    while len(cases) < 15:
        h, w = rng.randint(1, 30), rng.randint(1, 30)
        g = _grid(rng, h, w, rng.choice([0.1, 0.5, 0.9]))
        case = f"{h} {w}\n" + "\n".join(g) + "\n"
        if case not in cases:
            cases.append(case)
    return cases


SOLUTIONS = [
r'''
h, w = map(int, input().split())
total = 0
for _ in range(h):
    total += input().count("#")
print(total)
''',
r'''
import sys
data = sys.stdin.read().split()
print("".join(data[2:]).count("#"))
''',
r'''
h, w = map(int, input().split())
grid = [input() for _ in range(h)]
cnt = 0
for i in range(h):
    for j in range(w):
        if grid[i][j] == "#":
            cnt += 1
print(cnt)
''',
r'''
from collections import Counter
from itertools import chain
import sys
lines = sys.stdin.read().splitlines()
counts = Counter(chain.from_iterable(lines[1:]))
print(counts["#"])
''',
r'''
import re
import sys
text = sys.stdin.read()
print(len(re.findall("#", text)))
''',
]
