TITLE = "Mirror Symmetric Grid"
DIFFICULTY = "easy"
TAGS = ["grid", "strings"]
STATEMENT = """\
You are given a grid with H rows and W columns. The character in the i-th row and j-th column
is the j-th character of S_i; each character is `#` or `.`.

Determine whether the grid looks the same after it is reflected in a vertical mirror, that is,
whether for every row i and every column j the character in column j equals the character in
column W + 1 - j of the same row.

Input
The input is given from Standard Input in the following format:
H W
S_1
S_2
...
S_H

Output
Print `Yes` if the grid is mirror symmetric, and `No` otherwise.

Constraints
- 1 <= H, W <= 30
- Each S_i is a string of length W consisting of `#` and `.`.
"""


def _sym_row(rng, w):
    half = "".join(rng.choice("#.") for _ in range(w // 2))
    mid = rng.choice("#.") if w % 2 else ""
    return half + mid + half[::-1]


def tests(rng):
    fixed = [
        ["#.#", ".#."],
        ["#.", ".#"],
        ["#"],
        ["##", ".."],
        ["#..#", "#.##"],
        ["." * 30] * 30,
        ["#.", "##"],
    ]
    cases = [f"{len(g)} {len(g[0])}\n" + "\n".join(g) + "\n" for g in fixed]
    while len(cases) < 16:
        h, w = rng.randint(1, 30), rng.randint(1, 30)
        g = [_sym_row(rng, w) for _ in range(h)]
        if len(cases) % 2 == 0 and w > 1:
            i, j = rng.randrange(h), rng.randrange(w)
            if w % 2 == 0 or j != w // 2:
                row = list(g[i])
                row[j] = "#" if row[j] == "." else "."
                g[i] = "".join(row)
        case = f"{h} {w}\n" + "\n".join(g) + "\n"
        if case not in cases:
            cases.append(case)
    return cases


SOLUTIONS = [
r'''
h, w = map(int, input().split())
rows = [input() for _ in range(h)]
print("Yes" if all(r == r[::-1] for r in rows) else "No")
''',
r'''
h, w = map(int, input().split())
g = [input() for _ in range(h)]
ok = True
for i in range(h):
    for j in range(w // 2):
        if g[i][j] != g[i][w - 1 - j]:
            ok = False
print("Yes" if ok else "No")
''',
r'''
import sys
rows = sys.stdin.read().split()[2:]
mirrored = ["".join(reversed(r)) for r in rows]
print(["No", "Yes"][mirrored == rows])
''',
r'''
h, w = map(int, input().split())
for _ in range(h):
    s = input()
    if any(a != b for a, b in zip(s, s[::-1])):
        print("No")
        break
else:
    print("Yes")
''',
r'''
import sys

def pal(s):
    if len(s) <= 1:
        return True
    return s[0] == s[-1] and pal(s[1:-1])

data = sys.stdin.read().split()
print("Yes" if all(map(pal, data[2:])) else "No")
''',
]
