TITLE = "GCD of Many Numbers"
DIFFICULTY = "medium"
TAGS = ["number theory", "gcd"]
STATEMENT = """\
You are given N positive integers A_1, ..., A_N. Print the greatest common divisor of all of
them, that is, the largest positive integer that divides every A_i.

Input
The input is given from Standard Input in the following format:
N
A_1 A_2 ... A_N

Output
Print the greatest common divisor of A_1, ..., A_N as an integer.

Constraints
- 1 <= N <= 10^5
- 1 <= A_i <= 10^9
- All values in the input are integers.
"""


def tests(rng):
    cases = ["3\n12 18 30\n", "4\n7 14 5 21\n", "1\n1\n", "1\n1000000000\n",
             "2\n1000000000 1000000000\n", "3\n6 10 15\n",
             "100000\n" + " ".join(["999999937"] * 100000) + "\n"]
    while len(cases) < 15:
        n = rng.choice([rng.randint(1, 10), rng.randint(1, 10**5)])
        g = rng.choice([1, rng.randint(1, 100), rng.randint(1, 10**6)])
        a = [g * rng.randint(1, 10**9 // g) for _ in range(n)]
        cases.append(f"{n}\n{' '.join(map(str, a))}\n")
    return cases


SOLUTIONS = [
r'''
from functools import reduce
from math import gcd
input()
print(reduce(gcd, map(int, input().split())))
''',
r'''
import math
import sys
data = list(map(int, sys.stdin.read().split()))
print(math.gcd(*data[1:]))
''',
r'''
n = int(input())
a = list(map(int, input().split()))
g = 0
for x in a:
    while x:
        g, x = x, g % x
print(g)
''',
r'''
from math import gcd

def solve(lst):
    if len(lst) == 1:
        return lst[0]
    mid = len(lst) // 2
    return gcd(solve(lst[:mid]), solve(lst[mid:]))

input()
print(solve([int(t) for t in input().split()]))
''',
r'''
import math
n = int(input())
nums = sorted(set(map(int, input().split())))
g = nums[0]
for v in nums[1:]:
    g = math.gcd(g, v)
    if g == 1:
        break
print(g)
''',
]
