TITLE = "Fewest Coins"
DIFFICULTY = "medium"
TAGS = ["dp", "bfs"]
STATEMENT = """\
There are N kinds of coins with values C_1, ..., C_N yen, and you have an unlimited number of
coins of each kind. You want to pay exactly X yen using as few coins as possible.

Print the minimum number of coins needed. If it is impossible to pay exactly X yen, print -1
instead.

Input
The input is given from Standard Input in the following format:
N X
C_1 C_2 ... C_N

Output
Print the minimum number of coins, or -1 if X yen cannot be paid exactly.

Constraints
- 1 <= N <= 10
- 1 <= X <= 2000
- 1 <= C_i <= 2000
- All values are integers.
"""


def tests(rng):
    def make(x, coins):
        return f"{len(coins)} {x}\n{' '.join(map(str, coins))}\n"

    cases = [make(11, [1, 5, 6]), make(7, [2, 4]), make(1, [1]), make(2000, [1]), make(1999, [2]),
             make(2000, [2000]), make(3, [5, 7]), make(2000, [3, 7, 11, 13, 17, 19, 23, 29, 31, 37]),
             make(24, [1, 7, 12, 12])]
    while len(cases) < 15:
        n = rng.randint(1, 10)
        coins = [rng.randint(1, rng.choice([20, 300, 2000])) for _ in range(n)]
        cases.append(make(rng.randint(1, 2000), coins))
    return cases


SOLUTIONS = [
r'''
n, x = map(int, input().split())
coins = list(map(int, input().split()))
INF = float("inf")
best = [0] + [INF] * x
for amount in range(1, x + 1):
    for c in coins:
        if c <= amount and best[amount - c] + 1 < best[amount]:
            best[amount] = best[amount - c] + 1
print(best[x] if best[x] != INF else -1)
''',
r'''
n, x = map(int, input().split())
coins = set(map(int, input().split()))
big = 10**9
dp = [0] + [big] * x
for c in coins:
    for s in range(c, x + 1):
        dp[s] = min(dp[s], dp[s - c] + 1)
print(-1 if dp[x] == big else dp[x])
''',
r'''
from collections import deque
n, x = map(int, input().split())
coins = list(map(int, input().split()))
dist = [-1] * (x + 1)
dist[0] = 0
queue = deque([0])
while queue:
    v = queue.popleft()
    for c in coins:
        w = v + c
        if w <= x and dist[w] == -1:
            dist[w] = dist[v] + 1
            queue.append(w)
print(dist[x])
''',
r'''
import sys
data = sys.stdin.read().split()
x = int(data[1])
coins = [int(t) for t in data[2:]]
seen = {0}
frontier = {0}
steps = 0
answer = -1 if x else 0
while frontier and answer < 0:
    steps += 1
    frontier = {s + c for s in frontier for c in coins if s + c <= x} - seen
    seen |= frontier
    if x in frontier:
        answer = steps
print(answer)
''',
r'''
import sys
from functools import lru_cache
sys.setrecursionlimit(10000)
n, x = map(int, input().split())
coins = tuple(map(int, input().split()))

@lru_cache(maxsize=None)
def need(rest):
    if rest == 0:
        return 0
    options = [need(rest - c) for c in coins if c <= rest]
    options = [o for o in options if o >= 0]
    return min(options) + 1 if options else -1

for r in range(x + 1):
    need(r)
print(need(x))
''',
]
