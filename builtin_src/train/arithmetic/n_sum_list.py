TITLE = "Sum of a List"
DIFFICULTY = "easy"
TAGS = ["arithmetic", "sum"]
STATEMENT = """\
You are given N integers A_1, A_2, ..., A_N. Print their total A_1 + A_2 + ... + A_N.

Input
The input is given from Standard Input in the following format:
N
A_1 A_2 ... A_N

Output
Print the sum of the N integers on a single line.

Constraints
- 1 <= N <= 1000
- -10^9 <= A_i <= 10^9
- All values in the input are integers.
"""


def tests(rng):
    cases = ["3\n1 2 3\n", "4\n-5 10 -20 7\n", "1\n0\n", "1\n-1000000000\n",
             "5\n1000000000 1000000000 1000000000 1000000000 1000000000\n",
             "2\n-1000000000 1000000000\n",
             "1000\n" + " ".join(["1000000000"] * 1000) + "\n"]
    while len(cases) < 14:
        n = rng.randint(1, 1000)
        a = [rng.randint(-10**9, 10**9) for _ in range(n)]
        cases.append(f"{n}\n{' '.join(map(str, a))}\n")
    return cases


SOLUTIONS = [
r'''
n = int(input())
a = list(map(int, input().split()))
print(sum(a))
''',
r'''
import sys
data = sys.stdin.read().split()
n = int(data[0])
total = 0
for i in range(1, n + 1):
    total += int(data[i])
print(total)
''',
r'''
from functools import reduce
import operator
input()
print(reduce(operator.add, map(int, input().split()), 0))
''',
r'''
import itertools
input()
*_, last = itertools.accumulate(int(x) for x in input().split())
print(last)
''',
r'''
def rec(lst):
    if len(lst) == 1:
        return lst[0]
    mid = len(lst) // 2
    return rec(lst[:mid]) + rec(lst[mid:])

n = int(input())
print(rec([int(x) for x in input().split()]))
''',
]
