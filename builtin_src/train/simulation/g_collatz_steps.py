TITLE = "Steps Down to One"
DIFFICULTY = "easy"
TAGS = ["simulation", "loops"]
STATEMENT = """\
Start with a positive integer N and repeat the following step until the number becomes 1: if the
number is even, divide it by 2; otherwise replace it with three times the number plus 1. Print
how many steps are performed. (If N = 1, no step is performed.)

Input
The input is given from Standard Input in the following format:
N

Output
Print the number of steps.

Constraints
- 1 <= N <= 10^6
- N is an integer. For every such N the process is known to reach 1.
"""


def tests(rng):
    cases = ["6\n", "1\n", "2\n", "27\n", "1000000\n", "837799\n", "16\n", "3\n"]
    while len(cases) < 14:
        case = f"{rng.randint(1, 10**6)}\n"
        if case not in cases:
            cases.append(case)
    return cases


SOLUTIONS = [
r'''
n = int(input())
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print(steps)
''',
r'''
def count(n):
    if n == 1:
        return 0
    if n % 2:
        return 1 + count(3 * n + 1)
    return 1 + count(n // 2)

print(count(int(input())))
''',
r'''
import sys
n = int(sys.stdin.readline())
k = 0
while n > 1:
    if n & 1:
        n = 3 * n + 1
    else:
        n >>= 1
    k += 1
print(k)
''',
r'''
from itertools import count

def successor(v):
    return v // 2 if v % 2 == 0 else 3 * v + 1

n = int(input())
for steps in count():
    if n == 1:
        print(steps)
        break
    n = successor(n)
''',
r'''
def sequence(n):
    while n != 1:
        yield n
        n = (n // 2, 3 * n + 1)[n % 2]

print(sum(1 for _ in sequence(int(input()))))
''',
]
