TITLE = "Even or Odd"
DIFFICULTY = "easy"
TAGS = ["number theory", "parity"]
STATEMENT = """\
You are given a non-negative integer N. If N is even, print Even; if N is odd, print Odd.
Recall that an integer is even when it is divisible by 2.

Input
The input is given from Standard Input in the following format:
N

Output
Print Even if N is even, and Odd otherwise.

Constraints
- 0 <= N <= 10^18
- N is an integer.
"""


def tests(rng):
    cases = ["4\n", "7\n", "0\n", "1\n", "2\n", "1000000000000000000\n", "999999999999999999\n"]
    while len(cases) < 14:
        case = f"{rng.randint(0, 10 ** rng.randint(1, 18))}\n"
        if case not in cases:
            cases.append(case)
    return cases


SOLUTIONS = [
r'''
n = int(input())
print("Even" if n % 2 == 0 else "Odd")
''',
r'''
n = int(input())
if n & 1:
    print("Odd")
else:
    print("Even")
''',
r'''
s = input().strip()
print("Even" if s[-1] in "02468" else "Odd")
''',
r'''
import sys
print(["Even", "Odd"][int(sys.stdin.read()) % 2])
''',
r'''
n = int(input())
half, rest = divmod(n, 2)
answer = "Even"
if rest:
    answer = "Odd"
print(answer)
''',
]
