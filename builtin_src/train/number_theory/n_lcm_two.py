TITLE = "Least Common Multiple"
DIFFICULTY = "easy"
TAGS = ["number theory", "lcm", "gcd"]
STATEMENT = """\
You are given two positive integers A and B. Print their least common multiple, the smallest
positive integer that is a multiple of both A and B.

Input
The input is given from Standard Input in the following format:
A B

Output
Print the least common multiple of A and B as an integer.

Constraints
- 1 <= A, B <= 10^9
- A and B are integers.
"""


def tests(rng):
    cases = ["4 6\n", "3 7\n", "1 1\n", "1000000000 1000000000\n", "1000000000 999999999\n",
             "999999937 999999929\n", "12 3\n", "1 1000000000\n"]
    while len(cases) < 15:
        g = rng.randint(1, 1000)
        a = g * rng.randint(1, 10**6)
        b = g * rng.randint(1, 10**6)
        case = f"{a} {b}\n"
        if case not in cases:
            cases.append(case)
    return cases


SOLUTIONS = [
r'''
import math
a, b = map(int, input().split())
print(math.lcm(a, b))
''',
r'''
from math import gcd
x, y = [int(v) for v in input().split()]
g = gcd(x, y)
print((x // g) * y)
''',
r'''
import sys
a, b = map(int, sys.stdin.read().split())
x, y = a, b
while y:
    x, y = y, x % y
print(a * b // x)
''',
r'''
import sys
from fractions import Fraction
nums = [int(t) for t in sys.stdin.read().split()]
ratio = Fraction(nums[0], nums[1])
# b / gcd(a, b) is the reduced denominator
print(nums[0] * ratio.denominator)
''',
r'''
from collections import Counter

def factor(n):
    c = Counter()
    d = 2
    while d * d <= n:
        while n % d == 0:
            c[d] += 1
            n //= d
        d += 1
    if n > 1:
        c[n] += 1
    return c

a, b = map(int, input().split())
ans = 1
for p, e in (factor(a) | factor(b)).items():
    ans *= p ** e
print(ans)
''',
]
