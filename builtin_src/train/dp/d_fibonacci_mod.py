TITLE = "Fibonacci Number Modulo"
DIFFICULTY = "easy"
TAGS = ["dp", "math"]
STATEMENT = """\
The Fibonacci numbers are defined by F(0) = 0, F(1) = 1 and F(n) = F(n-1) + F(n-2) for n >= 2.
Given an integer N, print F(N) modulo 1000000007.

Input
The input is given from Standard Input in the following format:
N

Output
Print F(N) modulo 1000000007 as an integer.

Constraints
- 0 <= N <= 5000
- N is an integer.
"""


def tests(rng):
    cases = ["10\n", "0\n", "1\n", "2\n", "3\n", "50\n", "90\n", "5000\n", "4999\n"]
    while len(cases) < 14:
        c = f"{rng.randint(4, 5000)}\n"
        if c not in cases:
            cases.append(c)
    return cases


SOLUTIONS = [
r'''
n = int(input())
a, b = 0, 1
for _ in range(n):
    a, b = b, (a + b) % 1000000007
print(a)
''',
r'''
MOD = 10**9 + 7
n = int(input())
fib = [0] * (n + 2)
fib[1] = 1
for i in range(2, n + 1):
    fib[i] = (fib[i - 1] + fib[i - 2]) % MOD
print(fib[n])
''',
r'''
import sys
from functools import lru_cache
sys.setrecursionlimit(20000)

@lru_cache(maxsize=None)
def f(k):
    if k < 2:
        return k
    return (f(k - 1) + f(k - 2)) % 1000000007

print(f(int(sys.stdin.readline())))
''',
r'''
M = 1000000007

def doubling(n):
    # returns (F(n), F(n+1))
    if n == 0:
        return 0, 1
    a, b = doubling(n >> 1)
    c = a * (2 * b - a) % M
    d = (a * a + b * b) % M
    return (d, (c + d) % M) if n & 1 else (c, d)

print(doubling(int(input()))[0])
''',
r'''
MOD = 1000000007

def mul(x, y):
    return [[sum(x[i][k] * y[k][j] for k in range(2)) % MOD for j in range(2)] for i in range(2)]

n = int(input())
result = [[1, 0], [0, 1]]
base = [[1, 1], [1, 0]]
while n:
    if n & 1:
        result = mul(result, base)
    base = mul(base, base)
    n >>= 1
print(result[0][1])
''',
]
