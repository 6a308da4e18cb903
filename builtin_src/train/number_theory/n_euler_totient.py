TITLE = "Coprime Count Below N"
DIFFICULTY = "hard"
TAGS = ["number theory", "totient", "factorization"]
STATEMENT = """\
You are given a positive integer N. Print how many integers k with 1 <= k <= N satisfy
gcd(k, N) = 1. For example, for N = 12 the integers 1, 5, 7 and 11 qualify, so the answer is
4. For N = 1 the answer is 1.

N can be large, so testing every k is too slow.

Input
The input is given from Standard Input in the following format:
N

Output
Print the number of integers k between 1 and N that are coprime to N.

Constraints
- 1 <= N <= 10^10
- N is an integer.
"""


def tests(rng):
    cases = ["12\n", "13\n", "1\n", "2\n", "10000000000\n", "9999999967\n", "9999800001\n",
             "6469693230\n", "8589934592\n"]
    while len(cases) < 15:
        case = f"{rng.randint(1, 10 ** rng.randint(1, 10))}\n"
        if case not in cases:
            cases.append(case)
    return cases


SOLUTIONS = [
r'''
n = int(input())
result = n
p = 2
while p * p <= n:
    if n % p == 0:
        while n % p == 0:
            n //= p
        result -= result // p
    p += 1
if n > 1:
    result -= result // n
print(result)
''',
r'''
from collections import Counter
n = int(input())
c = Counter()
d = 2
while d * d <= n:
    while n % d == 0:
        c[d] += 1
        n //= d
    d += 1
if n > 1:
    c[n] += 1
ans = 1
for p, e in c.items():
    ans *= p ** (e - 1) * (p - 1)
print(ans)
''',
r'''
import sys
from fractions import Fraction
n = int(sys.stdin.read())
primes = set()
m, f = n, 2
while f * f <= m:
    if m % f == 0:
        primes.add(f)
        m //= f
    else:
        f += 1
if m > 1:
    primes.add(m)
value = Fraction(n)
for p in primes:
    value *= Fraction(p - 1, p)
print(int(value))
''',
r'''
def phi(n, p):
    while p * p <= n and n % p:
        p += 1
    if p * p > n:
        return n - 1 if n > 1 else 1
    pk = 1
    while n % p == 0:
        n //= p
        pk *= p
    return (pk - pk // p) * phi(n, p + 1)

print(phi(int(input()), 2))
''',
r'''
from functools import reduce
n = int(input())
ps = []
x = n
for q in [2] + list(range(3, int(x ** 0.5) + 2, 2)):
    if q * q > x:
        break
    if x % q == 0:
        ps.append(q)
        while x % q == 0:
            x //= q
if x > 1:
    ps.append(x)
print(reduce(lambda acc, p: acc // p * (p - 1), ps, n))
''',
]
