TITLE = "Closer Axis"
DIFFICULTY = "easy"
TAGS = ["geometry", "conditionals"]
STATEMENT = """\
A point P = (X, Y) is given on the xy-plane. The distance from P to the x-axis is |Y|, and the
distance from P to the y-axis is |X|.

Determine which of the two coordinate axes is closer to P.

Input
The input is given from Standard Input in the following format:
X Y

Output
Print `x-axis` if P is strictly closer to the x-axis, `y-axis` if P is strictly closer to the
y-axis, and `equal` if both distances are the same.

Constraints
- -10^9 <= X, Y <= 10^9
- All input values are integers.
"""


def tests(rng):
    cases = ["5 2\n", "-1 -7\n", "3 -3\n", "0 0\n", "0 5\n", "-4 0\n", "-1000000000 1000000000\n",
             "1000000000 -999999999\n", "-6 6\n", "2 -3\n"]
    while len(cases) < 18:
        lim = rng.choice([10, 10**9])
        x, y = rng.randint(-lim, lim), rng.randint(-lim, lim)
        if rng.random() < 0.2:
            y = rng.choice([-1, 1]) * abs(x)
        c = f"{x} {y}\n"
        if c not in cases:
            cases.append(c)
    return cases


SOLUTIONS = [
r'''
x, y = map(int, input().split())
if abs(y) < abs(x):
    print("x-axis")
elif abs(x) < abs(y):
    print("y-axis")
else:
    print("equal")
''',
r'''
x, y = map(int, input().split())
dx, dy = x * x, y * y
print(["equal", "x-axis", "y-axis"][(dy < dx) + 2 * (dx < dy)])
''',
]
