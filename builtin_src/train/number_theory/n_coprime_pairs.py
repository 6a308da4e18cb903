TITLE = "Coprime Pairs"
DIFFICULTY = "hard"
TAGS = ["number theory", "gcd", "totient", "sieve"]
STATEMENT = """\
You are given a positive integer N. Count the pairs of integers (a, b) with
1 <= a < b <= N such that gcd(a, b) = 1.

For example, for N = 4 the pairs (1, 2), (1, 3), (1, 4), (2, 3) and (3, 4) qualify, so the
answer is 5. Checking every pair is too slow for the largest N.

Input
The input is given from Standard Input in the following format:
N

Output
Print the number of such pairs as an integer.

Constraints
- 1 <= N <= 10^5
- N is an integer.
"""


def tests(rng):
    cases = ["4\n", "10\n", "1\n", "2\n", "3\n", "100000\n", "99991\n", "65536\n"]
    while len(cases) < 14:
        case = f"{rng.randint(1, 10 ** rng.randint(1, 5))}\n"
        if case not in cases:
            cases.append(case)
    return cases


SOLUTIONS = [
r'''
n = int(input())
phi = list(range(n + 1))
for p in range(2, n + 1):
    if phi[p] == p:
        for m in range(p, n + 1, p):
            phi[m] -= phi[m] // p
print(sum(phi[2:]))
''',
r'''
n = int(input())
mu = [1] * (n + 1)
is_comp = [False] * (n + 1)
for p in range(2, n + 1):
    if not is_comp[p]:
        for m in range(p, n + 1, p):
            is_comp[m] = True
            mu[m] = -mu[m]
        for m in range(p * p, n + 1, p * p):
            mu[m] = 0
ordered = sum(mu[d] * (n // d) ** 2 for d in range(1, n + 1))
print((ordered - 1) // 2)
''',
r'''
import sys
from functools import lru_cache
sys.setrecursionlimit(10000)

@lru_cache(maxsize=None)
def ordered(m):
    # ordered pairs in [1, m]^2 with gcd 1
    total = m * m
    d = 2
    while d <= m:
        q = m // d
        e = m // q
        total -= (e - d + 1) * ordered(q)
        d = e + 1
    return total

print((ordered(int(sys.stdin.read())) - 1) // 2)
''',
r'''
n = int(input())
spf = [0] * (n + 1)
primes = []
phi = [0] * (n + 1)
if n >= 1:
    phi[1] = 1
for i in range(2, n + 1):
    if spf[i] == 0:
        spf[i] = i
        phi[i] = i - 1
        primes.append(i)
    for p in primes:
        if p > spf[i] or i * p > n:
            break
        spf[i * p] = p
        phi[i * p] = phi[i] * (p if p == spf[i] else p - 1)
print(sum(phi) - 1 if n >= 1 else 0)
''',
r'''
n = int(input())
cnt = [0] * (n + 1)
# cnt[g] = ordered pairs in [1, n]^2 whose gcd is exactly g, computed from large g down
for g in range(n, 0, -1):
    c = (n // g) ** 2
    for h in range(2 * g, n + 1, g):
        c -= cnt[h]
    cnt[g] = c
print((cnt[1] - 1) // 2)
''',
]
