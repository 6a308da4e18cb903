TITLE = "K-th Coprime Number"
DIFFICULTY = "hard"
TAGS = ["number theory", "inclusion-exclusion", "binary search"]
STATEMENT = """\
You are given positive integers M and K. Consider all positive integers x with
gcd(x, M) = 1, listed in increasing order. Print the K-th of them.

For example, for M = 6 the list starts 1, 5, 7, 11, 13, ..., so for K = 4 the answer is 11.
K can be very large, so listing the numbers one by one is too slow.

Input
The input is given from Standard Input in the following format:
M K

Output
Print the K-th smallest positive integer coprime to M.

Constraints
- 1 <= M <= 10^10
- 1 <= K <= 10^18
- M and K are integers.
"""


def tests(rng):
    cases = ["6 4\n", "10 5\n", "1 1\n", "1 1000000000000000000\n", "2 1\n", "2 3\n",
             "6469693230 1000000000000000000\n", "9999999967 9999999966\n",
             "9999999967 9999999967\n", "10000000000 1\n", "30 8\n", "30 9\n",
             "8589934592 1000000000000000000\n"]
    while len(cases) < 20:
        m = rng.randint(1, 10 ** rng.randint(1, 10))
        k = rng.randint(1, 10 ** rng.randint(1, 18))
        case = f"{m} {k}\n"
        if case not in cases:
            cases.append(case)
    return cases


SOLUTIONS = [
r'''
m, k = map(int, input().split())
primes = []
x, p = m, 2
while p * p <= x:
    if x % p == 0:
        primes.append(p)
        while x % p == 0:
            x //= p
    p += 1
if x > 1:
    primes.append(x)
terms = [(1, 1)]
for p in primes:
    terms += [(d * p, -s) for d, s in terms]

def count(v):
    return sum(s * (v // d) for d, s in terms)

lo, hi = 1, 2 * 10**18 * 1000
while lo < hi:
    mid = (lo + hi) // 2
    if count(mid) >= k:
        hi = mid
    else:
        lo = mid + 1
print(lo)
''',
r'''
from math import gcd
m, k = map(int, input().split())
rad, x, p = 1, m, 2
primes = []
while p * p <= x:
    if x % p == 0:
        primes.append(p)
        while x % p == 0:
            x //= p
    p += 1
if x > 1:
    primes.append(x)
for p in primes:
    rad *= p
phi = rad
for p in primes:
    phi = phi // p * (p - 1)
# the pattern of coprime numbers repeats with period rad; phi of them per period
full, rem = divmod(k - 1, phi)
lo, hi = 1, rad
def count(v):
    total = 0
    def dfs(i, d, sign):
        nonlocal total
        if i == len(primes):
            total += sign * (v // d)
            return
        dfs(i + 1, d, sign)
        dfs(i + 1, d * primes[i], -sign)
    dfs(0, 1, 1)
    return total
while lo < hi:
    mid = (lo + hi) // 2
    if count(mid) >= rem + 1:
        hi = mid
    else:
        lo = mid + 1
print(full * rad + lo)
''',
]
