TITLE = "Best Contiguous Block"
DIFFICULTY = "easy"
TAGS = ["dp", "prefix sums"]
STATEMENT = """\
You are given a sequence of N integers A_1, ..., A_N, some of which may be negative. Choose a
non-empty contiguous block A_l, A_{l+1}, ..., A_r (1 <= l <= r <= N) so that the sum of its
elements is as large as possible, and print that largest sum.

Note that the block must contain at least one element, so the answer is negative when every
element is negative.

Input
The input is given from Standard Input in the following format:
N
A_1 A_2 ... A_N

Output
Print the maximum possible sum of a non-empty contiguous block.

Constraints
- 1 <= N <= 500
- -10^6 <= A_i <= 10^6
- All values are integers.
"""


def tests(rng):
    def make(a):
        return f"{len(a)}\n{' '.join(map(str, a))}\n"

    cases = [make([2, -5, 3, -1, 4, -9, 1]), make([-4, -2, -7]), make([7]), make([-1000000]),
             make([0, 0, 0]), make([1000000] * 500), make([-1000000] * 500),
             make([5, -100, 5, -1, 5])]
    while len(cases) < 15:
        n = rng.randint(1, 500)
        lim = rng.choice([10, 1000, 10**6])
        cases.append(make([rng.randint(-lim, lim) for _ in range(n)]))
    return cases


SOLUTIONS = [
r'''
n = int(input())
a = list(map(int, input().split()))
best = cur = a[0]
for x in a[1:]:
    cur = max(x, cur + x)
    best = max(best, cur)
print(best)
''',
r'''
import sys
data = list(map(int, sys.stdin.read().split()))
a = data[1:]
prefix = 0
lowest = 0
answer = -10**18
for x in a:
    prefix += x
    answer = max(answer, prefix - lowest)
    lowest = min(lowest, prefix)
print(answer)
''',
r'''
n = int(input())
a = list(map(int, input().split()))
best = a[0]
for i in range(n):
    s = 0
    for j in range(i, n):
        s += a[j]
        if s > best:
            best = s
print(best)
''',
r'''
def solve(a, lo, hi):
    if lo == hi:
        return a[lo]
    mid = (lo + hi) // 2
    left_best, s = -float("inf"), 0
    for i in range(mid, lo - 1, -1):
        s += a[i]
        left_best = max(left_best, s)
    right_best, s = -float("inf"), 0
    for i in range(mid + 1, hi + 1):
        s += a[i]
        right_best = max(right_best, s)
    return max(solve(a, lo, mid), solve(a, mid + 1, hi), left_best + right_best)

n = int(input())
arr = list(map(int, input().split()))
print(solve(arr, 0, n - 1))
''',
r'''
from itertools import accumulate
input()
nums = [int(t) for t in input().split()]
ends_here = list(accumulate(nums, lambda acc, x: max(acc + x, x)))
print(max(ends_here))
''',
]
