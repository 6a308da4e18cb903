TITLE = "Counting Primes"
DIFFICULTY = "medium"
TAGS = ["number theory", "primes", "sieve"]
STATEMENT = """\
You are given a positive integer N. Print how many prime numbers are less than or equal to N.
A prime number is an integer greater than 1 whose only positive divisors are 1 and itself.

Input
The input is given from Standard Input in the following format:
N

Output
Print the number of primes p with p <= N, as an integer.

Constraints
- 1 <= N <= 10^5
- N is an integer.
"""


def tests(rng):
    cases = ["10\n", "100\n", "1\n", "2\n", "3\n", "100000\n", "99991\n", "99990\n"]
    while len(cases) < 15:
        case = f"{rng.randint(1, 10 ** rng.randint(1, 5))}\n"
        if case not in cases:
            cases.append(case)
    return cases


SOLUTIONS = [
r'''
n = int(input())
is_p = [True] * (n + 1)
is_p[0] = False
if n >= 1:
    is_p[1] = False
i = 2
while i * i <= n:
    if is_p[i]:
        for j in range(i * i, n + 1, i):
            is_p[j] = False
    i += 1
print(sum(is_p))
''',
r'''
import sys
n = int(sys.stdin.read())
sieve = bytearray([1]) * (n + 1)
sieve[0:2] = b"\x00\x00"[: min(2, n + 1)]
for p in range(2, int(n ** 0.5) + 1):
    if sieve[p]:
        sieve[p * p::p] = bytes(len(range(p * p, n + 1, p)))
print(sieve.count(1))
''',
r'''
n = int(input())
primes = []
for x in range(2, n + 1):
    for p in primes:
        if p * p > x:
            primes.append(x)
            break
        if x % p == 0:
            break
    else:
        primes.append(x)
print(len(primes))
''',
r'''
n = int(input())
composite = set()
count = 0
for k in range(2, n + 1):
    if k not in composite:
        count += 1
        composite.update(range(k * k, n + 1, k))
print(count)
''',
r'''
n = int(input())
spf = [0] * (n + 1)
primes = []
for i in range(2, n + 1):
    if spf[i] == 0:
        spf[i] = i
        primes.append(i)
    for p in primes:
        if p > spf[i] or i * p > n:
            break
        spf[i * p] = p
print(len(primes))
''',
]
