TITLE = "Reverse the Digits"
DIFFICULTY = "easy"
TAGS = ["arithmetic", "digits"]
STATEMENT = """\
You are given a positive integer N. Write the decimal digits of N in reverse order and print
the resulting integer. Leading zeros of the result must be removed; for example, reversing
1200 gives 0021, which is printed as 21.

Input
The input is given from Standard Input in the following format:
N

Output
Print the integer obtained by reversing the digits of N, without leading zeros.

Constraints
- 1 <= N <= 10^18
- N is an integer (written without leading zeros).
"""


def tests(rng):
    cases = ["1234\n", "1200\n", "1\n", "10\n", "1000000000000000000\n",
             "999999999999999999\n", "120034\n", "7\n"]
    while len(cases) < 15:
        case = f"{rng.randint(1, 10 ** rng.randint(1, 18))}\n"
        if case not in cases:
            cases.append(case)
    return cases


SOLUTIONS = [
r'''
print(int(input().strip()[::-1]))
''',
r'''
n = int(input())
r = 0
while n > 0:
    r = r * 10 + n % 10
    n //= 10
print(r)
''',
r'''
def rev(n, acc):
    if n == 0:
        return acc
    return rev(n // 10, acc * 10 + n % 10)

print(rev(int(input()), 0))
''',
r'''
import sys
s = sys.stdin.readline().strip()
print("".join(reversed(s)).lstrip("0"))
''',
r'''
digits = list(input().strip())
digits.reverse()
i = 0
while digits[i] == "0":
    i += 1
print("".join(digits[i:]))
''',
]
