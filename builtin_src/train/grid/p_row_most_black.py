TITLE = "Darkest Row"
DIFFICULTY = "easy"
TAGS = ["grid", "counting"]
STATEMENT = """\
You are given a grid with H rows and W columns. The cell in the i-th row (from the top) and
j-th column is black if the j-th character of S_i is `#` and white if it is `.`.

Find the row that contains the largest number of black cells. If several rows tie, choose the
one with the smallest index. Rows are numbered 1 to H from the top.

Input
The input is given from Standard Input in the following format:
H W
S_1
S_2
...
S_H

Output
Print the index of the chosen row.

Constraints
- 1 <= H, W <= 30
- Each S_i is a string of length W consisting of `#` and `.`.
"""


def tests(rng):
    fixed = [
        ["#..", "###", ".#."],
        ["..", ".."],
        ["#"],
        [".", "#", "#"],
        ["#.#", "##.", ".##"],
        ["." * 30] * 30,
        ["#" * 30] * 29 + ["#" * 30],
    ]
    cases = [f"{len(g)} {len(g[0])}\n" + "\n".join(g) + "\n" for g in fixed]
    while len(cases) < 15:
        h, w = rng.randint(1, 30), rng.randint(1, 30)
        p = rng.choice([0.2, 0.5, 0.8])
        g = ["".join("#" if rng.random() < p else "." for _ in range(w)) for _ in range(h)]
        case = f"{h} {w}\n" + "\n".join(g) + "\n"
        if case not in cases:
            cases.append(case)
    return cases


SOLUTIONS = [
r'''
h, w = map(int, input().split())
rows = [input() for _ in range(h)]
print(max(range(h), key=lambda i: (rows[i].count("#"), -i)) + 1)
''',
r'''
h, w = map(int, input().split())
best, best_row = -1, 0
for i in range(1, h + 1):
    c = input().count("#")
    if c > best:
        best, best_row = c, i
print(best_row)
''',
r'''
import sys
lines = sys.stdin.read().split()[2:]
counts = [s.count("#") for s in lines]
print(counts.index(max(counts)) + 1)
''',
r'''
h, w = map(int, input().split())
rows = []
for i in range(h):
    rows.append((-sum(ch == "#" for ch in input()), i + 1))
print(min(rows)[1])
''',
r'''
import sys
data = sys.stdin.read().split()
h = int(data[0])
ranked = sorted(enumerate(data[2:2 + h], 1), key=lambda t: -len(t[1].replace(".", "")))
print(ranked[0][0])
''',
]
