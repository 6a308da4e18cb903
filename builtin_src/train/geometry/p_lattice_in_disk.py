TITLE = "Lattice Points in a Disk"
DIFFICULTY = "medium"
TAGS = ["geometry", "counting"]
STATEMENT = """\
A lattice point is a point whose coordinates are both integers. Consider the disk of radius R
centred at the origin (0, 0), including its boundary circle.

Print the number of lattice points (x, y) inside the disk or on its boundary, that is, the
number of integer pairs (x, y) with x^2 + y^2 <= R^2.

Input
The input is given from Standard Input in the following format:
R

Output
Print the number of lattice points in the disk.

Constraints
- 0 <= R <= 300
- R is an integer.
"""


def tests(rng):
    cases = ["1\n", "5\n", "0\n", "2\n", "3\n", "300\n", "299\n", "25\n", "65\n"]
    while len(cases) < 15:
        c = f"{rng.randint(4, 300)}\n"
        if c not in cases:
            cases.append(c)
    return cases


SOLUTIONS = [
r'''
import math
r = int(input())
print(sum(2 * math.isqrt(r * r - x * x) + 1 for x in range(-r, r + 1)))
''',
r'''
r = int(input())
count = 0
for x in range(-r, r + 1):
    for y in range(-r, r + 1):
        if x * x + y * y <= r * r:
            count += 1
print(count)
''',
r'''
r = int(input())
y = r
total = 0
for x in range(0, r + 1):
    while x * x + y * y > r * r:
        y -= 1
    total += 2 * y + 1 if x == 0 else 2 * (2 * y + 1)
print(total)
''',
r'''
import math
import sys
r = int(sys.stdin.readline())
quarter = 0
for x in range(1, r + 1):
    y = int(math.sqrt(r * r - x * x))
    while y * y > r * r - x * x:
        y -= 1
    while (y + 1) ** 2 <= r * r - x * x:
        y += 1
    quarter += y + 1
print(4 * quarter + 1)
''',
r'''
import bisect
r = int(input())
squares = [k * k for k in range(r + 1)]
ans = 0
for y in range(-r, r + 1):
    ans += 2 * bisect.bisect_right(squares, r * r - y * y) - 1
print(ans)
''',
]
