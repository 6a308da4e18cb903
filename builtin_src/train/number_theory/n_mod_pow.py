TITLE = "Modular Power"
DIFFICULTY = "medium"
TAGS = ["number theory", "modular exponentiation"]
STATEMENT = """\
You are given integers A, B and M. Print the remainder when A raised to the power B is divided
by M. Here A^0 = 1 for every A (including A = 0), and any remainder modulo 1 is 0.

B can be very large, so multiplying A by itself B times is too slow.

Input
The input is given from Standard Input in the following format:
A B M

Output
Print A^B mod M, an integer between 0 and M - 1.

Constraints
- 0 <= A <= 10^18
- 0 <= B <= 10^18
- 1 <= M <= 10^9
- All values in the input are integers.
"""


def tests(rng):
    cases = ["2 10 1000\n", "3 1000000000000000000 1000000007\n", "0 0 7\n", "0 5 7\n",
             "5 0 1\n", "12345 678 1\n", "1000000000000000000 1000000000000000000 1000000000\n",
             "7 1 2\n", "999999999 2 1000000000\n"]
    while len(cases) < 15:
        a = rng.randint(0, 10 ** rng.randint(1, 18))
        b = rng.randint(0, 10 ** rng.randint(1, 18))
        m = rng.randint(1, 10 ** rng.randint(1, 9))
        case = f"{a} {b} {m}\n"
        if case not in cases:
            cases.append(case)
    return cases


SOLUTIONS = [
r'''
a, b, m = map(int, input().split())
print(pow(a, b, m))
''',
r'''
a, b, m = map(int, input().split())
result = 1 % m
a %= m
while b > 0:
    if b & 1:
        result = result * a % m
    a = a * a % m
    b >>= 1
print(result)
''',
r'''
import sys
sys.setrecursionlimit(1000)

def power(a, b, m):
    if b == 0:
        return 1 % m
    half = power(a, b // 2, m)
    half = half * half % m
    return half * a % m if b % 2 else half

a, b, m = map(int, sys.stdin.read().split())
print(power(a % m, b, m))
''',
r'''
a, b, m = [int(x) for x in input().split()]
r = 1 % m
for bit in bin(b)[2:]:
    r = r * r % m
    if bit == "1":
        r = r * a % m
print(r)
''',
r'''
from functools import reduce
a, b, m = map(int, input().split())
squares = [a % m]
for _ in range(b.bit_length()):
    squares.append(squares[-1] * squares[-1] % m)
chosen = [squares[i] for i in range(b.bit_length()) if b >> i & 1]
print(reduce(lambda x, y: x * y % m, chosen, 1 % m))
''',
]
