TITLE = "Total Number of Divisors"
DIFFICULTY = "medium"
TAGS = ["number theory", "divisors", "sieve"]
STATEMENT = """\
For a positive integer k, let d(k) be the number of positive divisors of k. Given a positive
integer N, print d(1) + d(2) + ... + d(N). For example, for N = 4 the answer is
1 + 2 + 2 + 3 = 8.

Input
The input is given from Standard Input in the following format:
N

Output
Print the value of d(1) + d(2) + ... + d(N) as an integer.

Constraints
- 1 <= N <= 10^5
- N is an integer.
"""


def tests(rng):
    cases = ["4\n", "10\n", "1\n", "2\n", "100000\n", "99999\n", "65536\n"]
    while len(cases) < 14:
        case = f"{rng.randint(1, 10 ** rng.randint(1, 5))}\n"
        if case not in cases:
            cases.append(case)
    return cases


SOLUTIONS = [
r'''
n = int(input())
print(sum(n // k for k in range(1, n + 1)))
''',
r'''
n = int(input())
d = [0] * (n + 1)
for i in range(1, n + 1):
    for j in range(i, n + 1, i):
        d[j] += 1
print(sum(d))
''',
r'''
import math
n = int(input())
r = math.isqrt(n)
# count pairs (a, b) with a * b <= n by the hyperbola method
total = 0
for a in range(1, r + 1):
    total += n // a
print(2 * total - r * r)
''',
r'''
import sys
n = int(sys.stdin.readline())
ans = 0
i = 1
while i <= n:
    q = n // i
    j = n // q
    ans += q * (j - i + 1)
    i = j + 1
print(ans)
''',
r'''
n = int(input())
spf = list(range(n + 1))
for i in range(2, int(n ** 0.5) + 1):
    if spf[i] == i:
        for j in range(i * i, n + 1, i):
            if spf[j] == j:
                spf[j] = i
total = 1
for k in range(2, n + 1):
    x, cnt = k, 1
    while x > 1:
        p, e = spf[x], 0
        while x % p == 0:
            x //= p
            e += 1
        cnt *= e + 1
    total += cnt
print(total)
''',
]
