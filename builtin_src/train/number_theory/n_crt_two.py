TITLE = "Two Remainders"
DIFFICULTY = "hard"
TAGS = ["number theory", "chinese remainder theorem", "extended gcd"]
STATEMENT = """\
Find the smallest non-negative integer x such that x leaves remainder A_1 when divided by M_1
and leaves remainder A_2 when divided by M_2. The moduli need not be coprime, so such an x
might not exist.

Input
The input is given from Standard Input in the following format:
A_1 M_1
A_2 M_2

Output
Print the smallest non-negative integer x with x mod M_1 = A_1 and x mod M_2 = A_2. If no
such x exists, print -1.

Constraints
- 1 <= M_1, M_2 <= 10^5
- 0 <= A_1 < M_1
- 0 <= A_2 < M_2
- All values in the input are integers.
"""


def tests(rng):
    cases = ["2 3\n3 5\n", "1 4\n2 6\n", "0 1\n0 1\n", "0 1\n99998 99999\n",
             "99998 99999\n99999 100000\n", "3 6\n1 4\n", "5 10\n5 15\n", "0 100000\n0 100000\n",
             "7 100000\n8 100000\n"]
    while len(cases) < 16:
        m1 = rng.randint(1, 10**5)
        m2 = rng.randint(1, 10**5)
        if rng.random() < 0.5:
            g = rng.randint(1, 300)
            m1 = g * rng.randint(1, 10**5 // g)
            m2 = g * rng.randint(1, 10**5 // g)
        x = rng.randint(0, m1 * m2)
        a1, a2 = x % m1, x % m2
        if rng.random() < 0.3:
            a2 = rng.randint(0, m2 - 1)
        case = f"{a1} {m1}\n{a2} {m2}\n"
        if case not in cases:
            cases.append(case)
    return cases


SOLUTIONS = [
r'''
def ext(a, b):
    x0, y0, x1, y1 = 1, 0, 0, 1
    while b:
        q = a // b
        a, b = b, a - q * b
        x0, x1 = x1, x0 - q * x1
        y0, y1 = y1, y0 - q * y1
    return a, x0, y0

a1, m1 = map(int, input().split())
a2, m2 = map(int, input().split())
g, p, _ = ext(m1, m2)
if (a2 - a1) % g:
    print(-1)
else:
    lcm = m1 // g * m2
    k = (a2 - a1) // g * p % (m2 // g)
    print((a1 + k * m1) % lcm)
''',
r'''
a1, m1 = map(int, input().split())
a2, m2 = map(int, input().split())
x = a1
for _ in range(m2):
    if x % m2 == a2:
        print(x)
        break
    x += m1
else:
    print(-1)
''',
r'''
import sys
from math import gcd
a1, m1, a2, m2 = map(int, sys.stdin.read().split())
g = gcd(m1, m2)
diff = a2 - a1
if diff % g != 0:
    print(-1)
else:
    mod = m2 // g
    k = diff // g * pow(m1 // g, -1, mod) % mod if mod > 1 else 0
    print(a1 + k * m1)
''',
r'''
def egcd(a, b):
    if b == 0:
        return a, 1, 0
    g, x, y = egcd(b, a % b)
    return g, y, x - a // b * y

a1, m1 = [int(v) for v in input().split()]
a2, m2 = [int(v) for v in input().split()]
g, s, t = egcd(m1, m2)
if (a2 - a1) % g:
    print(-1)
else:
    L = m1 * m2 // g
    print((a1 + m1 * s * ((a2 - a1) // g)) % L)
''',
r'''
from math import gcd

def totient(n):
    r, p = n, 2
    while p * p <= n:
        if n % p == 0:
            while n % p == 0:
                n //= p
            r -= r // p
        p += 1
    return r - r // n if n > 1 else r

a1, m1 = map(int, input().split())
a2, m2 = map(int, input().split())
g = gcd(m1, m2)
if (a2 - a1) % g:
    print(-1)
else:
    m = m2 // g
    inv = pow(m1 // g % m, totient(m) - 1, m) if m > 1 else 0
    print(a1 + m1 * ((a2 - a1) // g * inv % m))
''',
]
