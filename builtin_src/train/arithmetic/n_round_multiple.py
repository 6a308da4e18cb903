TITLE = "Round to a Multiple"
DIFFICULTY = "medium"
TAGS = ["arithmetic", "rounding"]
STATEMENT = """\
You are given a non-negative integer N and a positive integer K. Round N to the nearest
multiple of K and print the result. If N lies exactly halfway between two multiples of K,
round up to the larger one.

Input
The input is given from Standard Input in the following format:
N K

Output
Print the multiple of K that is nearest to N (the larger one in case of a tie), as an
integer.

Constraints
- 0 <= N <= 10^18
- 1 <= K <= 10^18
- N and K are integers.
"""


def tests(rng):
    cases = ["17 5\n", "15 10\n", "0 7\n", "14 10\n", "5 10\n", "4 10\n",
             "1000000000000000000 1000000000000000000\n", "499999999999999999 999999999999999999\n",
             "500000000000000000 999999999999999999\n", "123 1\n"]
    while len(cases) < 16:
        k = rng.randint(1, 10 ** rng.randint(1, 18))
        n = rng.randint(0, 10**18)
        case = f"{n} {k}\n"
        if case not in cases:
            cases.append(case)
    return cases


SOLUTIONS = [
r'''
n, k = map(int, input().split())
print((2 * n + k) // (2 * k) * k)
''',
r'''
n, k = map(int, input().split())
r = n % k
if 2 * r >= k:
    print(n - r + k)
else:
    print(n - r)
''',
r'''
import sys
n, k = map(int, sys.stdin.read().split())
lo = n // k * k
hi = lo + k
print(min((lo, hi), key=lambda m: (abs(n - m), -m)))
''',
r'''
from fractions import Fraction
import math
n, k = map(int, input().split())
print(math.floor(Fraction(n, k) + Fraction(1, 2)) * k)
''',
r'''
vals = [int(t) for t in input().split()]
q, r = divmod(vals[0], vals[1])
q += r * 2 >= vals[1]
print(q * vals[1])
''',
]
