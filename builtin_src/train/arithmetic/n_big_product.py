TITLE = "Multiply Huge Numbers"
DIFFICULTY = "medium"
TAGS = ["arithmetic", "big integers"]
STATEMENT = """\
You are given two non-negative integers A and B, each of which may have up to 200 decimal
digits. Print their product A * B exactly.

Input
The input is given from Standard Input in the following format:
A
B

Output
Print the exact value of A * B in decimal, without leading zeros (print 0 if the product is
zero).

Constraints
- 0 <= A, B < 10^200
- A and B are integers written without leading zeros.
"""


def tests(rng):
    big = "9" * 200
    cases = ["123\n456\n", "99999999999999999999\n99999999999999999999\n", "0\n12345\n",
             "0\n0\n", "1\n1\n", f"{big}\n{big}\n", f"{big}\n0\n", "1" + "0" * 199 + "\n7\n"]
    while len(cases) < 15:
        a = rng.randint(0, 10 ** rng.randint(1, 200) - 1)
        b = rng.randint(0, 10 ** rng.randint(1, 200) - 1)
        case = f"{a}\n{b}\n"
        if case not in cases:
            cases.append(case)
    return cases


SOLUTIONS = [
r'''
a = int(input())
b = int(input())
print(a * b)
''',
r'''
a = input().strip()[::-1]
b = input().strip()[::-1]
res = [0] * (len(a) + len(b))
for i, x in enumerate(a):
    for j, y in enumerate(b):
        res[i + j] += int(x) * int(y)
for k in range(len(res) - 1):
    res[k + 1] += res[k] // 10
    res[k] %= 10
s = "".join(map(str, reversed(res))).lstrip("0")
print(s or "0")
''',
r'''
import sys
x, y = sys.stdin.read().split()
total = 0
for d in y:
    total = total * 10 + int(x) * int(d)
print(total)
''',
r'''
from decimal import Decimal, getcontext
getcontext().prec = 500
a = Decimal(input().strip())
b = Decimal(input().strip())
print(int(a * b))
''',
r'''
import operator
from functools import reduce
print(reduce(operator.mul, (int(line) for line in open(0).read().split())))
''',
]
