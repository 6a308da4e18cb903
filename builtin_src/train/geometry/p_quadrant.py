TITLE = "Which Quadrant"
DIFFICULTY = "easy"
TAGS = ["geometry", "conditionals"]
STATEMENT = """\
A point P = (X, Y) is given on the xy-plane. Neither coordinate is zero, so P lies strictly
inside one of the four quadrants:

- quadrant 1: X > 0 and Y > 0,
- quadrant 2: X < 0 and Y > 0,
- quadrant 3: X < 0 and Y < 0,
- quadrant 4: X > 0 and Y < 0.

Print the number of the quadrant that contains P.

Input
The input is given from Standard Input in the following format:
X Y

Output
Print 1, 2, 3 or 4.

Constraints
- -10^9 <= X, Y <= 10^9
- X != 0 and Y != 0
- All input values are integers.
"""


def tests(rng):
    cases = ["3 5\n", "-2 -7\n", "-1 1\n", "1 -1\n", "1 1\n", "-1 -1\n",
             "1000000000 -1000000000\n", "-1000000000 1000000000\n"]
    while len(cases) < 15:
        x = rng.choice([-1, 1]) * rng.randint(1, 10**9)
        y = rng.choice([-1, 1]) * rng.randint(1, 10**9)
        c = f"{x} {y}\n"
        if c not in cases:
            cases.append(c)
    return cases


SOLUTIONS = [
r'''
x, y = map(int, input().split())
if x > 0 and y > 0:
    print(1)
elif x < 0 and y > 0:
    print(2)
elif x < 0:
    print(3)
else:
    print(4)
''',
r'''
x, y = map(int, input().split())
table = {(True, True): 1, (False, True): 2, (False, False): 3, (True, False): 4}
print(table[(x > 0, y > 0)])
''',
r'''
import sys
x, y = map(int, sys.stdin.read().split())
print("1243"[(x < 0) + 2 * (y < 0)])
''',
r'''
x, y = map(int, input().split())
match (x > 0, y > 0):
    case (True, True):
        q = 1
    case (False, True):
        q = 2
    case (False, False):
        q = 3
    case _:
        q = 4
print(q)
''',
r'''
import math
x, y = map(int, input().split())
angle = math.atan2(y, x) % (2 * math.pi)
print(int(angle // (math.pi / 2)) + 1)
''',
]
