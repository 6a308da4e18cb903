TITLE = "Add Two Integers"
DIFFICULTY = "easy"
TAGS = ["arithmetic", "implementation"]
STATEMENT = """\
You are given two integers A and B. Print their sum A + B.

Input
The input is given from Standard Input in the following format:
A B

Output
Print the value of A + B as an integer on a single line.

Constraints
- -10^9 <= A, B <= 10^9
- A and B are integers.
"""


def tests(rng):
    cases = ["3 5\n", "-7 2\n", "0 0\n", "1000000000 1000000000\n",
             "-1000000000 -1000000000\n", "-1000000000 1000000000\n", "1 -1\n"]
    while len(cases) < 14:
        a = rng.randint(-10**9, 10**9)
        b = rng.randint(-10**9, 10**9)
        case = f"{a} {b}\n"
        if case not in cases:
            cases.append(case)
    return cases


SOLUTIONS = [
r'''
a, b = map(int, input().split())
print(a + b)
''',
r'''
import sys
print(sum(map(int, sys.stdin.read().split())))
''',
r'''
parts = input().split()
x = int(parts[0])
y = int(parts[1])
result = x + y
print(result)
''',
r'''
import operator
print(operator.add(*[int(t) for t in input().split()]))
''',
r'''
from functools import reduce
print(reduce(lambda p, q: p + q, map(int, input().split())))
''',
r'''
nums = list(map(int, input().split()))
total = 0
for v in nums:
    total += v
print(total)
''',
]
