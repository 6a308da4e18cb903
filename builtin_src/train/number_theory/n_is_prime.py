TITLE = "Prime Test"
DIFFICULTY = "easy"
TAGS = ["number theory", "primes"]
STATEMENT = """\
You are given a positive integer N. Determine whether N is a prime number, that is, whether N
is at least 2 and has no positive divisors other than 1 and N.

Input
The input is given from Standard Input in the following format:
N

Output
Print Yes if N is prime, and No otherwise.

Constraints
- 1 <= N <= 10^9
- N is an integer.
"""


def tests(rng):
    cases = ["7\n", "12\n", "1\n", "2\n", "3\n", "4\n", "999999937\n", "1000000000\n",
             "998001\n", "25\n", "961748927\n",
             "1000003\n", "999999929\n"]
    while len(cases) < 17:
        case = f"{rng.randint(1, 10 ** rng.randint(1, 9))}\n"
        if case not in cases:
            cases.append(case)
    return cases


SOLUTIONS = [
r'''
n = int(input())
ok = n >= 2
d = 2
while d * d <= n:
    if n % d == 0:
        ok = False
        break
    d += 1
print("Yes" if ok else "No")
''',
r'''
import math
n = int(input())
print("Yes" if n > 1 and all(n % d for d in range(2, math.isqrt(n) + 1)) else "No")
''',
r'''
def is_prime(n):
    if n < 4:
        return n >= 2
    if n % 2 == 0 or n % 3 == 0:
        return False
    i = 5
    while i * i <= n:
        if n % i == 0 or n % (i + 2) == 0:
            return False
        i += 6
    return True

print("Yes" if is_prime(int(input())) else "No")
''',
r'''
import sys

def miller_rabin(n):
    if n < 2:
        return False
    for p in (2, 3, 5, 7):
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for a in (2, 3, 5, 7):
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = x * x % n
            if x == n - 1:
                break
        else:
            return False
    return True

print("Yes" if miller_rabin(int(sys.stdin.read())) else "No")
''',
r'''
n = int(input())
divisors = sum(2 if d * d != n else 1 for d in range(1, int(n ** 0.5) + 2) if d * d <= n and n % d == 0)
print("Yes" if divisors == 2 else "No")
''',
]
