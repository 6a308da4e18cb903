TITLE = "The Larger Number"
DIFFICULTY = "easy"
TAGS = ["arithmetic", "comparison"]
STATEMENT = """\
You are given two integers A and B. Print the larger of the two. If they are equal, print
that common value.

Input
The input is given from Standard Input in the following format:
A B

Output
Print the larger of A and B as an integer on a single line.

Constraints
- -10^9 <= A, B <= 10^9
- A and B are integers.
"""


def tests(rng):
    cases = ["4 9\n", "-3 -8\n", "5 5\n", "0 -1\n", "-1000000000 1000000000\n",
             "1000000000 999999999\n", "-1000000000 -1000000000\n"]
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
print(max(a, b))
''',
r'''
line = input().split()
a = int(line[0])
b = int(line[1])
if a >= b:
    print(a)
else:
    print(b)
''',
r'''
import sys
vals = sorted(int(t) for t in sys.stdin.read().split())
print(vals[-1])
''',
r'''
x, y = [int(s) for s in input().split()]
print(x if x > y else y)
''',
r'''
import sys
a, b = map(int, sys.stdin.read().split())
# (a + b + |a - b|) / 2 is the maximum, computed exactly with integers
print((a + b + abs(a - b)) // 2)
''',
r'''
from functools import reduce
print(reduce(lambda p, q: q if q > p else p, map(int, input().split())))
''',
]
