TITLE = "Zeros at the End of a Factorial"
DIFFICULTY = "medium"
TAGS = ["number theory", "factorial", "prime powers"]
STATEMENT = """\
For a non-negative integer N, N! = 1 * 2 * ... * N (and 0! = 1). Print how many zeros appear
at the end of the decimal representation of N!. For example, 10! = 3628800 ends with two
zeros.

N can be huge, so computing N! itself is impossible.

Input
The input is given from Standard Input in the following format:
N

Output
Print the number of trailing zeros of N! as an integer.

Constraints
- 0 <= N <= 10^18
- N is an integer.
"""


def tests(rng):
    cases = ["10\n", "25\n", "0\n", "4\n", "5\n", "24\n", "1000000000000000000\n",
             "999999999999999999\n", "125\n"]
    while len(cases) < 15:
        case = f"{rng.randint(0, 10 ** rng.randint(1, 18))}\n"
        if case not in cases:
            cases.append(case)
    return cases


SOLUTIONS = [
r'''
n = int(input())
count = 0
p = 5
while p <= n:
    count += n // p
    p *= 5
print(count)
''',
r'''
import sys
n = int(sys.stdin.readline())
z = 0
while n >= 5:
    n = n // 5
    z = z + n
print(z)
''',
r'''
def zeros(n):
    return 0 if n < 5 else n // 5 + zeros(n // 5)

import sys
print(zeros(int(sys.stdin.read())))
''',
r'''
n = int(input())
print(sum(n // 5 ** k for k in range(1, 27)))
''',
r'''
n = int(input())
# Legendre: exponent of 5 in n! equals (n - digit sum of n in base 5) / 4
s, m = 0, n
while m > 0:
    m, r = divmod(m, 5)
    s += r
print((n - s) // 4)
''',
]
