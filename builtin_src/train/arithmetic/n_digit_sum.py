TITLE = "Digit Sum"
DIFFICULTY = "easy"
TAGS = ["arithmetic", "digits"]
STATEMENT = """\
You are given a non-negative integer N. Print the sum of its decimal digits. For example, the
digit sum of 1203 is 1 + 2 + 0 + 3 = 6.

Input
The input is given from Standard Input in the following format:
N

Output
Print the sum of the decimal digits of N as an integer.

Constraints
- 0 <= N <= 10^18
- N is an integer (written without leading zeros).
"""


def tests(rng):
    cases = ["1203\n", "99999\n", "0\n", "7\n", "1000000000000000000\n",
             "999999999999999999\n", "10\n"]
    while len(cases) < 14:
        case = f"{rng.randint(0, 10 ** rng.randint(1, 18))}\n"
        if case not in cases:
            cases.append(case)
    return cases


SOLUTIONS = [
r'''
print(sum(int(c) for c in input().strip()))
''',
r'''
n = int(input())
s = 0
while n > 0:
    s += n % 10
    n //= 10
print(s)
''',
r'''
def ds(n):
    return 0 if n == 0 else n % 10 + ds(n // 10)

print(ds(int(input())))
''',
r'''
import sys
print(sum(map(int, sys.stdin.readline().strip())))
''',
r'''
s = input().strip()
print(sum(s.count(str(d)) * d for d in range(10)))
''',
r'''
n = int(input())
total = 0
while n:
    n, r = divmod(n, 10)
    total += r
print(total)
''',
]
