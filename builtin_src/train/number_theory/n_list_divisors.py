TITLE = "List All Divisors"
DIFFICULTY = "medium"
TAGS = ["number theory", "divisors"]
STATEMENT = """\
You are given a positive integer N. Print all positive divisors of N in increasing order.

Input
The input is given from Standard Input in the following format:
N

Output
Print the divisors of N in increasing order on a single line, separated by single spaces.

Constraints
- 1 <= N <= 10^10
- N is an integer.
"""


def tests(rng):
    cases = ["12\n", "13\n", "1\n", "2\n", "10000000000\n", "9999999967\n", "9999800001\n",
             "6983776800\n", "36\n"]
    while len(cases) < 15:
        case = f"{rng.randint(1, 10 ** rng.randint(1, 10))}\n"
        if case not in cases:
            cases.append(case)
    return cases


SOLUTIONS = [
r'''
n = int(input())
small, large = [], []
d = 1
while d * d <= n:
    if n % d == 0:
        small.append(d)
        if d != n // d:
            large.append(n // d)
    d += 1
print(*(small + large[::-1]))
''',
r'''
import math
n = int(input())
divs = set()
for d in range(1, math.isqrt(n) + 1):
    if n % d == 0:
        divs.update((d, n // d))
print(" ".join(map(str, sorted(divs))))
''',
r'''
import sys
from itertools import product
n = int(sys.stdin.read())
fac = {}
m, p = n, 2
while p * p <= m:
    while m % p == 0:
        fac[p] = fac.get(p, 0) + 1
        m //= p
    p += 1
if m > 1:
    fac[m] = fac.get(m, 0) + 1
res = []
for exps in product(*[range(e + 1) for e in fac.values()]):
    v = 1
    for q, e in zip(fac, exps):
        v *= q ** e
    res.append(v)
print(*sorted(res))
''',
r'''
def gen(primes, i):
    if i == len(primes):
        return [1]
    p, e = primes[i]
    rest = gen(primes, i + 1)
    return [p ** k * r for k in range(e + 1) for r in rest]

n = int(input())
primes = []
x = n
q = 2
while q * q <= x:
    if x % q == 0:
        e = 0
        while x % q == 0:
            x //= q
            e += 1
        primes.append((q, e))
    q += 1
if x > 1:
    primes.append((x, 1))
print(*sorted(gen(primes, 0)))
''',
r'''
n = int(input())
low = [d for d in range(1, int(n ** 0.5) + 1) if n % d == 0]
high = [n // d for d in reversed(low) if d * d != n]
print(" ".join(str(v) for v in low + high))
''',
]
