TITLE = "Square Number Check"
DIFFICULTY = "easy"
TAGS = ["number theory", "squares"]
STATEMENT = """\
You are given a non-negative integer N. Determine whether N is a perfect square, that is,
whether N = k * k for some integer k.

Input
The input is given from Standard Input in the following format:
N

Output
Print Yes if N is a perfect square, and No otherwise.

Constraints
- 0 <= N <= 10^18
- N is an integer.
"""


def tests(rng):
    cases = ["49\n", "50\n", "0\n", "1\n", "2\n", "1000000000000000000\n",
             "999999999999999999\n", f"{999999999 ** 2}\n", f"{999999999 ** 2 + 1}\n",
             f"{999999999 ** 2 - 1}\n", f"{(2 ** 29 + 1) ** 2}\n"]
    while len(cases) < 18:
        k = rng.randint(0, 10**9)
        n = k * k if rng.random() < 0.5 else rng.randint(0, 10**18)
        case = f"{n}\n"
        if case not in cases:
            cases.append(case)
    return cases


SOLUTIONS = [
r'''
import math
n = int(input())
r = math.isqrt(n)
print("Yes" if r * r == n else "No")
''',
r'''
n = int(input())
lo, hi = 0, 10**9 + 1
while lo < hi:
    mid = (lo + hi) // 2
    if mid * mid < n:
        lo = mid + 1
    else:
        hi = mid
print("Yes" if lo * lo == n else "No")
''',
]
