TITLE = "Merging Sand Piles"
DIFFICULTY = "hard"
TAGS = ["dp", "interval dp"]
STATEMENT = """\
N sand piles stand in a row; pile i contains A_i grams of sand. You repeatedly pick two piles
that are next to each other and merge them into one pile standing at the same place. Merging
two piles of x and y grams costs x + y yen. You continue until a single pile remains.

Print the minimum total cost of merging all piles into one. When N = 1 nothing has to be done
and the answer is 0.

Input
The input is given from Standard Input in the following format:
N
A_1 A_2 ... A_N

Output
Print the minimum total cost as an integer.

Constraints
- 1 <= N <= 100
- 1 <= A_i <= 10^9
- All values are integers.
"""


def tests(rng):
    def make(a):
        return f"{len(a)}\n{' '.join(map(str, a))}\n"

    cases = [make([10, 20, 30, 40]), make([5, 1, 5]), make([7]), make([3, 4]),
             make([10**9] * 100), make([1] * 100), make(list(range(1, 101))),
             make([1, 100, 1, 100, 1])]
    while len(cases) < 15:
        n = rng.randint(1, 100)
        hi = rng.choice([10, 1000, 10**9])
        cases.append(make([rng.randint(1, hi) for _ in range(n)]))
    return cases


SOLUTIONS = [
r'''
n = int(input())
a = list(map(int, input().split()))
pre = [0]
for x in a:
    pre.append(pre[-1] + x)
dp = [[0] * n for _ in range(n)]
for length in range(2, n + 1):
    for i in range(n - length + 1):
        j = i + length - 1
        dp[i][j] = min(dp[i][k] + dp[k + 1][j] for k in range(i, j)) + pre[j + 1] - pre[i]
print(dp[0][n - 1])
''',
r'''
import sys
from functools import lru_cache
from itertools import accumulate
a = list(map(int, sys.stdin.read().split()))[1:]
pre = [0, *accumulate(a)]

@lru_cache(maxsize=None)
def cost(l, r):
    if l == r:
        return 0
    return pre[r + 1] - pre[l] + min(cost(l, m) + cost(m + 1, r) for m in range(l, r))

print(cost(0, len(a) - 1))
''',
r'''
n = int(input())
a = list(map(int, input().split()))
pre = [0] * (n + 1)
for i in range(n):
    pre[i + 1] = pre[i] + a[i]
INF = float("inf")
dp = [[0] * n for _ in range(n)]
opt = [[i] * n for i in range(n)]
for length in range(2, n + 1):
    for i in range(n - length + 1):
        j = i + length - 1
        best, arg = INF, i
        for k in range(opt[i][j - 1], min(opt[i + 1][j], j - 1) + 1):
            v = dp[i][k] + dp[k + 1][j]
            if v < best:
                best, arg = v, k
        dp[i][j] = best + pre[j + 1] - pre[i]
        opt[i][j] = arg
print(dp[0][n - 1])
''',
r'''
n = int(input())
a = list(map(int, input().split()))
f = [[0] * n for _ in range(n)]
for i in range(n - 1, -1, -1):
    total = a[i]
    for j in range(i + 1, n):
        total += a[j]
        best = f[i][i] + f[i + 1][j]
        for k in range(i + 1, j):
            if f[i][k] + f[k + 1][j] < best:
                best = f[i][k] + f[k + 1][j]
        f[i][j] = best + total
print(f[0][n - 1])
''',
r'''
import sys
sys.setrecursionlimit(10000)
n = int(input())
a = [int(v) for v in input().split()]
memo = {}

def solve(l, r):
    if l == r:
        return 0
    if (l, r) not in memo:
        weight = sum(a[l:r + 1])
        memo[l, r] = weight + min(solve(l, m) + solve(m + 1, r) for m in range(l, r))
    return memo[l, r]

print(solve(0, n - 1))
''',
]
