TITLE = "Longest Rising Subsequence"
DIFFICULTY = "medium"
TAGS = ["dp", "binary search"]
STATEMENT = """\
You are given a sequence of N integers A_1, ..., A_N. A subsequence is obtained by deleting
zero or more elements without changing the order of the rest. A subsequence is strictly
increasing if every element is larger than the one before it.

Print the length of the longest strictly increasing subsequence of A.

Input
The input is given from Standard Input in the following format:
N
A_1 A_2 ... A_N

Output
Print the length of a longest strictly increasing subsequence.

Constraints
- 1 <= N <= 500
- 1 <= A_i <= 10^9
- All values are integers.
"""


def tests(rng):
    def make(a):
        return f"{len(a)}\n{' '.join(map(str, a))}\n"

    cases = [make([3, 1, 4, 1, 5, 9, 2, 6]), make([5, 5, 5]), make([1]), make(list(range(1, 501))),
             make(list(range(500, 0, -1))), make([10**9] * 500), make([2, 1] * 250)]
    while len(cases) < 15:
        n = rng.randint(1, 500)
        hi = rng.choice([5, 100, 10**9])
        cases.append(make([rng.randint(1, hi) for _ in range(n)]))
    return cases


SOLUTIONS = [
r'''
from bisect import bisect_left
input()
tails = []
for x in map(int, input().split()):
    i = bisect_left(tails, x)
    if i == len(tails):
        tails.append(x)
    else:
        tails[i] = x
print(len(tails))
''',
r'''
n = int(input())
a = list(map(int, input().split()))
dp = [1] * n
for i in range(n):
    for j in range(i):
        if a[j] < a[i] and dp[j] + 1 > dp[i]:
            dp[i] = dp[j] + 1
print(max(dp))
''',
r'''
import sys
from functools import lru_cache
a = list(map(int, sys.stdin.read().split()))[1:]

@lru_cache(maxsize=None)
def longest_from(i):
    return 1 + max([longest_from(j) for j in range(i + 1, len(a)) if a[j] > a[i]], default=0)

print(max(longest_from(i) for i in range(len(a) - 1, -1, -1)))
''',
r'''
n = int(input())
a = list(map(int, input().split()))
tails = []
for x in a:
    lo, hi = 0, len(tails)
    while lo < hi:
        mid = (lo + hi) // 2
        if tails[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    tails[lo:lo + 1] = [x]
print(len(tails))
''',
r'''
n = int(input())
a = list(map(int, input().split()))
rank = {v: i + 1 for i, v in enumerate(sorted(set(a)))}
m = len(rank)
fen = [0] * (m + 1)
for x in a:
    r = rank[x] - 1
    best = 0
    while r > 0:
        best = max(best, fen[r])
        r -= r & -r
    r = rank[x]
    while r <= m:
        fen[r] = max(fen[r], best + 1)
        r += r & -r
print(max(fen))
''',
]
