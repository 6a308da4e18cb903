TITLE = "Sum of Two Primes"
DIFFICULTY = "medium"
TAGS = ["number theory", "primes"]
STATEMENT = """\
You are given an even integer N with N >= 4. Find two primes p and q with p <= q and
p + q = N. Among all such pairs, choose the one with the smallest p. (For every N in the
input such a pair exists.)

Input
The input is given from Standard Input in the following format:
N

Output
Print p and q in this order on a single line, separated by a space.

Constraints
- 4 <= N <= 10^9
- N is even.
"""


def tests(rng):
    cases = ["10\n", "28\n", "4\n", "6\n", "8\n", "1000000000\n", "999999998\n", "98\n", "128\n"]
    while len(cases) < 18:
        n = 2 * rng.randint(2, 10 ** rng.randint(1, 9) // 2)
        case = f"{n}\n"
        if case not in cases:
            cases.append(case)
    return cases


SOLUTIONS = [
r'''
def is_prime(x):
    if x < 2:
        return False
    d = 2
    while d * d <= x:
        if x % d == 0:
            return False
        d += 1
    return True

n = int(input())
p = 2
while not (is_prime(p) and is_prime(n - p)):
    p += 1
print(p, n - p)
''',
r'''
def probable_prime(n):
    if n < 2:
        return False
    for s in (2, 3, 5, 7, 11):
        if n % s == 0:
            return n == s
    d, r = n - 1, 0
    while d % 2 == 0:
        d //= 2
        r += 1
    for a in (2, 3, 5, 7, 11):
        x = pow(a, d, n)
        if x == 1 or x == n - 1:
            continue
        for _ in range(r - 1):
            x = x * x % n
            if x == n - 1:
                break
        else:
            return False
    return True

n = int(input())
for p in range(2, n // 2 + 1):
    if probable_prime(p) and probable_prime(n - p):
        print(p, n - p)
        break
''',
]
