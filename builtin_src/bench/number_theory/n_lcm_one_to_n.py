TITLE = "Smallest Number Divisible by 1 to N"
DIFFICULTY = "medium"
TAGS = ["number theory", "lcm", "primes", "sieve"]
STATEMENT = """\
You are given a positive integer N. Let L be the smallest positive integer that is divisible
by every integer from 1 to N. L grows very quickly, so print L modulo 1000000007.

For example, for N = 10 we have L = 2520.

Input
The input is given from Standard Input in the following format:
N

Output
Print L mod 1000000007 as an integer between 0 and 1000000006.

Constraints
- 1 <= N <= 10^5
- N is an integer.
"""


def tests(rng):
    cases = ["10\n", "20\n", "1\n", "2\n", "3\n", "4\n", "100000\n", "99991\n", "65536\n",
             "30\n", "99999\n"]
    while len(cases) < 18:
        case = f"{rng.randint(1, 10 ** rng.randint(1, 5))}\n"
        if case not in cases:
            cases.append(case)
    return cases


SOLUTIONS = [
r'''
MOD = 10**9 + 7
n = int(input())
sieve = bytearray([1]) * (n + 1)
ans = 1
for p in range(2, n + 1):
    if sieve[p]:
        sieve[p * p::p] = bytes(len(range(p * p, n + 1, p)))
        pk = p
        while pk * p <= n:
            pk *= p
        ans = ans * pk % MOD
print(ans)
''',
r'''
MOD = 1000000007
n = int(input())
spf = list(range(n + 1))
for i in range(2, int(n ** 0.5) + 1):
    if spf[i] == i:
        for j in range(i * i, n + 1, i):
            if spf[j] == j:
                spf[j] = i
best = {}
for k in range(2, n + 1):
    x = k
    while x > 1:
        p, e = spf[x], 0
        while x % p == 0:
            x //= p
            e += 1
        if e > best.get(p, 0):
            best[p] = e
res = 1
for p, e in best.items():
    res = res * pow(p, e, MOD) % MOD
print(res)
''',
]
