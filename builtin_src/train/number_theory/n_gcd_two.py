TITLE = "Greatest Common Divisor"
DIFFICULTY = "easy"
TAGS = ["number theory", "gcd"]
STATEMENT = """\
You are given two positive integers A and B. Print their greatest common divisor, the largest
positive integer that divides both A and B.

Input
The input is given from Standard Input in the following format:
A B

Output
Print the greatest common divisor of A and B as an integer.

Constraints
- 1 <= A, B <= 10^18
- A and B are integers.
"""


def tests(rng):
    cases = ["12 18\n", "7 5\n", "1 1\n", "1000000000000000000 1000000000000000000\n",
             "1000000000000000000 1\n", "576460752303423488 1000000000000000000\n",
             "832040 1346269\n", "6 3\n"]
    while len(cases) < 15:
        g = rng.randint(1, 10**6)
        a = g * rng.randint(1, 10**12)
        b = g * rng.randint(1, 10**12)
        case = f"{a} {b}\n"
        if case not in cases:
            cases.append(case)
    return cases


SOLUTIONS = [
r'''
import math
a, b = map(int, input().split())
print(math.gcd(a, b))
''',
r'''
a, b = map(int, input().split())
while b:
    a, b = b, a % b
print(a)
''',
r'''
def gcd(x, y):
    return x if y == 0 else gcd(y, x % y)

import sys
a, b = map(int, sys.stdin.read().split())
print(gcd(a, b))
''',
r'''
a, b = map(int, input().split())
shift = 0
while (a | b) & 1 == 0:
    a >>= 1
    b >>= 1
    shift += 1
while a & 1 == 0:
    a >>= 1
while b:
    while b & 1 == 0:
        b >>= 1
    if a > b:
        a, b = b, a
    b -= a
print(a << shift)
''',
r'''
import sys
from fractions import Fraction
nums = [int(t) for t in sys.stdin.read().split()]
ratio = Fraction(nums[0], nums[1])
# Fraction reduces a/b by the gcd, so the numerator is a // gcd
print(nums[0] // ratio.numerator)
''',
]
