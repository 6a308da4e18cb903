TITLE = "Prime Factorization"
DIFFICULTY = "medium"
TAGS = ["number theory", "factorization", "primes"]
STATEMENT = """\
You are given an integer N of at least 2. Write N as a product of prime powers
p_1^e_1 * p_2^e_2 * ... * p_k^e_k with p_1 < p_2 < ... < p_k and all e_i >= 1, and print
the factors.

Input
The input is given from Standard Input in the following format:
N

Output
Print k tokens on a single line, separated by single spaces. The i-th token is p_i^e_i
written as the prime, the character ^, and the exponent (for example, 360 is printed as
2^3 3^2 5^1).

Constraints
- 2 <= N <= 10^10
- N is an integer.
"""


def tests(rng):
    cases = ["360\n", "97\n", "2\n", "4\n", "10000000000\n", "9999999967\n", "9999800001\n",
             "8589934592\n", "6469693230\n"]
    while len(cases) < 15:
        case = f"{rng.randint(2, 10 ** rng.randint(1, 10))}\n"
        if case not in cases:
            cases.append(case)
    return cases


SOLUTIONS = [
r'''
n = int(input())
out = []
p = 2
while p * p <= n:
    e = 0
    while n % p == 0:
        n //= p
        e += 1
    if e:
        out.append(f"{p}^{e}")
    p += 1
if n > 1:
    out.append(f"{n}^1")
print(" ".join(out))
''',
r'''
from collections import Counter
import sys
n = int(sys.stdin.read())
fs = []
d = 2
while d * d <= n:
    if n % d:
        d += 1
    else:
        fs.append(d)
        n //= d
if n > 1:
    fs.append(n)
print(*[str(p) + "^" + str(e) for p, e in sorted(Counter(fs).items())])
''',
r'''
from itertools import groupby

def smallest_factor(n):
    if n % 2 == 0:
        return 2
    f = 3
    while f * f <= n:
        if n % f == 0:
            return f
        f += 2
    return n

n = int(input())
primes = []
while n > 1:
    p = smallest_factor(n)
    primes.append(p)
    n //= p
print(" ".join("%d^%d" % (k, len(list(g))) for k, g in groupby(primes)))
''',
r'''
def factor(n, p):
    while p * p <= n and n % p:
        p += 1
    if p * p > n:
        return {n: 1} if n > 1 else {}
    rest = factor(n // p, p)
    rest[p] = rest.get(p, 0) + 1
    return rest

res = factor(int(input()), 2)
print(" ".join("{}^{}".format(p, res[p]) for p in sorted(res)))
''',
r'''
n = int(input())
tokens = []
for p in [2, 3] + list(range(5, int(n ** 0.5) + 2, 2)):
    if p * p > n:
        break
    cnt = 0
    while n % p == 0:
        n //= p
        cnt += 1
    if cnt > 0:
        tokens.append(str(p) + "^" + str(cnt))
if n != 1:
    tokens.append(str(n) + "^1")
print(*tokens)
''',
]
