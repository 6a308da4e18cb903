TITLE = "Rounded-Up Division"
DIFFICULTY = "easy"
TAGS = ["arithmetic", "division"]
STATEMENT = """\
You are given two positive integers A and B. Print the value of A divided by B, rounded up to
the nearest integer. In other words, print the smallest integer X such that X * B >= A.

Input
The input is given from Standard Input in the following format:
A B

Output
Print the value of A / B rounded up, as an integer.

Constraints
- 1 <= A <= 10^18
- 1 <= B <= 10^18
- A and B are integers.
"""


def tests(rng):
    cases = ["7 2\n", "12 4\n", "1 1\n", "1 1000000000000000000\n",
             "1000000000000000000 1\n", "1000000000000000000 999999999999999999\n",
             "999999999999999999 1000000000000000000\n", "1000000000000000000 3\n"]
    while len(cases) < 15:
        a = rng.randint(1, 10**18)
        b = rng.randint(1, 10 ** rng.randint(1, 18))
        case = f"{a} {b}\n"
        if case not in cases:
            cases.append(case)
    return cases


SOLUTIONS = [
r'''
a, b = map(int, input().split())
print(-(-a // b))
''',
r'''
line = input().split()
a = int(line[0])
b = int(line[1])
print((a + b - 1) // b)
''',
r'''
import sys
a, b = map(int, sys.stdin.read().split())
q, r = divmod(a, b)
if r > 0:
    q += 1
print(q)
''',
r'''
from fractions import Fraction
import math
a, b = map(int, input().split())
print(math.ceil(Fraction(a, b)))
''',
r'''
vals = [int(t) for t in input().split()]
print(vals[0] // vals[1] + (vals[0] % vals[1] != 0))
''',
]
