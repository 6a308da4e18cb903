TITLE = "Middle Value"
DIFFICULTY = "easy"
TAGS = ["sorting", "selection"]
STATEMENT = """\
You are given an odd number N of integers. Print their median: the value that ends up in the
middle position when the integers are sorted in non-decreasing order.

Input
The input is given from Standard Input in the following format:
N
A_1 A_2 ... A_N

Output
Print the median as an integer.

Constraints
- 1 <= N <= 999
- N is odd.
- -10^9 <= A_i <= 10^9
- All input values are integers.
"""


def tests(rng):
    cases = ["5\n7 1 3 9 2\n", "3\n4 4 1\n", "1\n-5\n", "3\n1000000000 -1000000000 0\n",
             "7\n1 1 1 2 2 2 2\n", "5\n-1 -2 -3 -4 -5\n"]
    while len(cases) < 14:
        n = 2 * rng.randint(0, 499 if len(cases) > 11 else 10) + 1
        hi = rng.choice([3, 100, 10**9])
        a = [rng.randint(-hi, hi) for _ in range(n)]
        cases.append(f"{n}\n{' '.join(map(str, a))}\n")
    return cases


SOLUTIONS = [
r'''
n = int(input())
a = sorted(map(int, input().split()))
print(a[n // 2])
''',
r'''
import statistics
input()
print(statistics.median_low(list(map(int, input().split()))))
''',
r'''
from collections import Counter
n = int(input())
cnt = Counter(map(int, input().split()))
seen = 0
for v in sorted(cnt):
    seen += cnt[v]
    if seen > n // 2:
        print(v)
        break
''',
r'''
import sys
n, *a = map(int, sys.stdin.read().split())
half = n // 2
for x in a:
    below = sum(1 for y in a if y < x)
    upto = sum(1 for y in a if y <= x)
    if below <= half < upto:
        print(x)
        break
''',
r'''
import heapq
n = int(input())
a = [-int(x) for x in input().split()]
heapq.heapify(a)
for _ in range(n // 2):
    heapq.heappop(a)
print(-a[0])
''',
]
