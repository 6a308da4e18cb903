TITLE = "Perfect, Abundant or Deficient"
DIFFICULTY = "medium"
TAGS = ["number theory", "divisors"]
STATEMENT = """\
For a positive integer N, let S be the sum of all positive divisors of N other than N itself.
N is called perfect if S = N, abundant if S > N, and deficient if S < N. For example, for
N = 12 we get S = 1 + 2 + 3 + 4 + 6 = 16, so 12 is abundant. For N = 1, S = 0.

Input
The input is given from Standard Input in the following format:
N

Output
Print perfect, abundant or deficient according to the classification of N.

Constraints
- 1 <= N <= 10^10
- N is an integer.
"""


def tests(rng):
    cases = ["12\n", "28\n", "1\n", "2\n", "6\n", "496\n", "8128\n", "33550336\n",
             "8589869056\n", "9999999967\n", "10000000000\n", "945\n", "8589869055\n",
             "6983776800\n"]
    while len(cases) < 20:
        case = f"{rng.randint(1, 10 ** rng.randint(1, 10))}\n"
        if case not in cases:
            cases.append(case)
    return cases


SOLUTIONS = [
r'''
n = int(input())
s = 0
d = 1
while d * d <= n:
    if n % d == 0:
        s += d
        if d * d != n:
            s += n // d
    d += 1
s -= n
if s == n:
    print("perfect")
elif s > n:
    print("abundant")
else:
    print("deficient")
''',
r'''
n = int(input())
sigma, m, p = 1, n, 2
while p * p <= m:
    if m % p == 0:
        term, pk = 1, 1
        while m % p == 0:
            m //= p
            pk *= p
            term += pk
        sigma *= term
    p += 1
if m > 1:
    sigma *= m + 1
s = sigma - n
print("perfect" if s == n else ("abundant" if s > n else "deficient"))
''',
]
