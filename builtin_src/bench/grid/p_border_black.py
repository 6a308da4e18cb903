TITLE = "Black Cells on the Frame"
DIFFICULTY = "easy"
TAGS = ["grid", "counting"]
STATEMENT = """\
A picture is drawn on H rows of W characters each: `#` marks an inked square and `.` an empty
one. A framer will glue a border over every square that touches the edge of the picture, that
is, every square in its top row, bottom row, leftmost column or rightmost column.

How many inked squares will be hidden by the border? A corner square is hidden once, not twice.

Input
The input is given from Standard Input in the following format:
H W
S_1
S_2
...
S_H

Output
Print the number of inked squares on the edge of the picture.

Constraints
- 1 <= H, W <= 30
- Each S_i is a string of length W consisting of `#` and `.`.
"""


def tests(rng):
    fixed = [
        ["#.#", ".##", "#.."],
        ["...", ".#.", "..."],
        ["#"],
        ["."],
        ["####"],
        ["#", "#", "."],
        ["##", "##"],
        ["#" * 30] * 30,
        ["." * 30] + ["." + "#" * 28 + "."] * 28 + ["." * 30],
    ]
    cases = [f"{len(g)} {len(g[0])}\n" + "\n".join(g) + "\n" for g in fixed]
    while len(cases) < 18:
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
g = [input() for _ in range(h)]
print(sum(1 for i in range(h) for j in range(w)
          if g[i][j] == "#" and (i in (0, h - 1) or j in (0, w - 1))))
''',
r'''
import sys
data = sys.stdin.read().split()
h, w = int(data[0]), int(data[1])
g = data[2:]
if h == 1:
    print(g[0].count("#"))
elif w == 1:
    print(sum(r == "#" for r in g))
else:
    inner = sum((r[0] == "#") + (r[-1] == "#") for r in g[1:-1])
    print(g[0].count("#") + g[-1].count("#") + inner)
''',
]
