TITLE = "Number of Divisors"
DIFFICULTY = "easy"
TAGS = ["number theory", "divisors"]
STATEMENT = """\
You are given a positive integer N. Print how many positive integers divide N exactly. For
example, 12 has the six divisors 1, 2, 3, 4, 6 and 12.

Input
The input is given from Standard Input in the following format:
N

Output
Print the number of positive divisors of N as an integer.

Constraints
- 1 <= N <= 10^9
- N is an integer.
"""


def tests(rng):
    cases = ["12\n", "13\n", "1\n", "2\n", "36\n", "1000000000\n", "999999937\n",
             "735134400\n", "999950884\n"]
    while len(cases) < 15:
        case = f"{rng.randint(1, 10 ** rng.randint(1, 9))}\n"
        if case not in cases:
            cases.append(case)
    return cases


SOLUTIONS = [
r'''
n = int(input())
count = 0
d = 1
while d * d <= n:
    if n % d == 0:
        count += 1 if d * d == n else 2
    d += 1
print(count)
''',
r'''
n = int(input())
ans = 1
p = 2
while p * p <= n:
    e = 0
    while n % p == 0:
        n //= p
        e += 1
    ans *= e + 1
    p += 1
if n > 1:
    ans *= 2
print(ans)
''',
r'''
import math
n = int(input())
r = math.isqrt(n)
print(2 * sum(1 for d in range(1, r + 1) if n % d == 0) - (r * r == n))
''',
r'''
import sys
from collections import Counter

def factors(n, p=2):
    while p * p <= n and n % p:
        p += 1
    if p * p > n:
        return [n] if n > 1 else []
    return [p] + factors(n // p, p)

n = int(sys.stdin.read())
result = 1
for e in Counter(factors(n)).values():
    result *= e + 1
print(result)
''',
r'''
n = int(input())
small = {d for d in range(1, int(n ** 0.5) + 1) if n % d == 0}
print(len(small | {n // d for d in small}))
''',
]
