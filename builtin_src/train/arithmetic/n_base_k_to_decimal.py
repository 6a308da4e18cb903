TITLE = "From Base K to Decimal"
DIFFICULTY = "medium"
TAGS = ["arithmetic", "base conversion"]
STATEMENT = """\
An integer is written in base K as the digit string S (the most significant digit comes
first). Print the same integer in ordinary decimal notation.

Input
The input is given from Standard Input in the following format:
K
S

Output
Print the value of S interpreted in base K, as a decimal integer without leading zeros.

Constraints
- 2 <= K <= 10
- 1 <= |S| <= 60
- Every character of S is a digit from 0 to K - 1.
- S has no leading zeros unless S is exactly 0.
"""


def tests(rng):
    cases = ["2\n1101\n", "8\n777\n", "2\n0\n", "10\n9\n", "2\n" + "1" * 60 + "\n",
             "10\n" + "9" * 60 + "\n", "3\n" + "1" + "0" * 59 + "\n", "7\n6\n"]
    while len(cases) < 15:
        k = rng.randint(2, 10)
        n = rng.randint(1, 60)
        s = str(rng.randint(1, k - 1)) + "".join(str(rng.randint(0, k - 1)) for _ in range(n - 1))
        case = f"{k}\n{s}\n"
        if case not in cases:
            cases.append(case)
    return cases


SOLUTIONS = [
r'''
k = int(input())
s = input().strip()
print(int(s, k))
''',
r'''
k = int(input())
value = 0
for ch in input().strip():
    value = value * k + int(ch)
print(value)
''',
r'''
import sys
from functools import reduce
k, s = sys.stdin.read().split()
base = int(k)
print(reduce(lambda acc, d: acc * base + int(d), s, 0))
''',
r'''
k = int(input())
total, power = 0, 1
for d in input().strip()[::-1]:
    total += int(d) * power
    power *= k
print(total)
''',
r'''
def conv(s, k):
    if not s:
        return 0
    return conv(s[:-1], k) * k + ord(s[-1]) - ord("0")

base = int(input())
print(conv(input().strip(), base))
''',
]
