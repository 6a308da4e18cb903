TITLE = "Street Lamp Donations"
DIFFICULTY = "easy"
TAGS = ["dp"]
STATEMENT = """\
There are N lamps in a row. If lamp i is switched on, the town receives a donation of A_i yen.
However, two adjacent lamps (lamp i and lamp i+1) may not both be switched on.

Choose any set of lamps to switch on (possibly none) that respects this rule, and print the
maximum total donation.

Input
The input is given from Standard Input in the following format:
N
A_1 A_2 ... A_N

Output
Print the maximum total donation as an integer.

Constraints
- 1 <= N <= 1000
- 0 <= A_i <= 10^9
- All values are integers.
"""


def tests(rng):
    def make(a):
        return f"{len(a)}\n{' '.join(map(str, a))}\n"

    cases = [make([3, 10, 4, 2, 8]), make([5, 1, 1, 5]), make([7]), make([0]), make([4, 9]),
             make([10**9] * 1000), make([0] * 1000), make([1, 2, 3, 1])]
    while len(cases) < 15:
        n = rng.randint(1, 1000)
        lim = rng.choice([10, 10**9])
        cases.append(make([rng.randint(0, lim) for _ in range(n)]))
    return cases


SOLUTIONS = [
r'''
n = int(input())
a = list(map(int, input().split()))
take, skip = 0, 0
for x in a:
    take, skip = skip + x, max(take, skip)
print(max(take, skip))
''',
r'''
n = int(input())
a = list(map(int, input().split()))
dp = [0] * (n + 1)
dp[1] = a[0]
for i in range(2, n + 1):
    dp[i] = max(dp[i - 1], dp[i - 2] + a[i - 1])
print(dp[n])
''',
r'''
import sys
from functools import lru_cache
sys.setrecursionlimit(10000)
vals = list(map(int, sys.stdin.read().split()))[1:]

@lru_cache(maxsize=None)
def best(i):
    if i >= len(vals):
        return 0
    return max(best(i + 1), vals[i] + best(i + 2))

print(best(0))
''',
r'''
n = int(input())
a = [int(x) for x in input().split()]
# best[i]: best total when lamp i is the last one switched on
best = []
prefix_max = 0
for i, x in enumerate(a):
    if i >= 2:
        prefix_max = max(prefix_max, best[i - 2])
    best.append(prefix_max + x)
print(max(best + [0]))
''',
r'''
from functools import reduce
input()
a = map(int, input().split())
# state = (best with the last lamp on, best with the last lamp off)
print(max(reduce(lambda st, x: (st[1] + x, max(st)), a, (0, 0))))
''',
]
