TITLE = "Salesperson's Round Trip"
DIFFICULTY = "hard"
TAGS = ["dp", "bitmask", "graphs"]
STATEMENT = """\
There are N cities numbered 1 to N. Travelling directly from city i to city j takes D_{i,j}
minutes; note that D_{i,j} and D_{j,i} may differ.

A salesperson starts in city 1, must visit every other city exactly once, and then return to
city 1. Print the minimum total travel time of such a round trip. When N = 1 the answer is 0.

Input
The input is given from Standard Input in the following format:
N
D_{1,1} D_{1,2} ... D_{1,N}
...
D_{N,1} D_{N,2} ... D_{N,N}

Output
Print the minimum total travel time as an integer.

Constraints
- 1 <= N <= 8
- D_{i,i} = 0
- 1 <= D_{i,j} <= 10^6 for i != j
- All values are integers.
"""


def tests(rng):
    def make(d):
        return f"{len(d)}\n" + "".join(" ".join(map(str, r)) + "\n" for r in d)

    def rand(n, hi, sym):
        d = [[0] * n for _ in range(n)]
        for i in range(n):
            for j in range(n):
                if i != j:
                    d[i][j] = d[j][i] if sym and j < i else rng.randint(1, hi)
        return d

    cases = [make([[0, 1, 10, 10], [10, 0, 1, 10], [10, 10, 0, 1], [1, 10, 10, 0]]),
             make([[0, 5, 9], [4, 0, 2], [3, 8, 0]]), make([[0]]), make([[0, 7], [3, 0]]),
             make([[0 if i == j else 10**6 for j in range(8)] for i in range(8)])]
    cases.append(make(rand(8, 10**6, False)))
    cases.append(make(rand(8, 3, True)))
    while len(cases) < 15:
        cases.append(make(rand(rng.randint(2, 8), rng.choice([10, 1000, 10**6]), rng.random() < 0.5)))
    return cases


SOLUTIONS = [
r'''
n = int(input())
d = [list(map(int, input().split())) for _ in range(n)]
INF = float("inf")
full = 1 << n
dp = [[INF] * n for _ in range(full)]
dp[1][0] = 0
for mask in range(full):
    for v in range(n):
        cur = dp[mask][v]
        if cur == INF or not mask >> v & 1:
            continue
        for u in range(n):
            if not mask >> u & 1 and cur + d[v][u] < dp[mask | 1 << u][u]:
                dp[mask | 1 << u][u] = cur + d[v][u]
print(min(dp[full - 1][v] + d[v][0] for v in range(n)))
''',
r'''
import sys
from functools import lru_cache
data = list(map(int, sys.stdin.read().split()))
n = data[0]
d = [data[1 + i * n:1 + (i + 1) * n] for i in range(n)]

@lru_cache(maxsize=None)
def rest(mask, v):
    if mask == (1 << n) - 1:
        return d[v][0]
    return min(d[v][u] + rest(mask | 1 << u, u) for u in range(n) if not mask & (1 << u))

print(rest(1, 0))
''',
r'''
from itertools import permutations
n = int(input())
d = [list(map(int, input().split())) for _ in range(n)]
best = None
for order in permutations(range(1, n)):
    route = (0,) + order + (0,)
    total = sum(d[a][b] for a, b in zip(route, route[1:]))
    if best is None or total < best:
        best = total
print(best)
''',
r'''
import sys
sys.setrecursionlimit(10000)
n = int(input())
d = [list(map(int, input().split())) for _ in range(n)]
best = [sum(max(row) for row in d)]
used = [False] * n
used[0] = True

def dfs(v, count, cost):
    if cost >= best[0]:
        return
    if count == n:
        best[0] = min(best[0], cost + d[v][0])
        return
    for u in range(1, n):
        if not used[u]:
            used[u] = True
            dfs(u, count + 1, cost + d[v][u])
            used[u] = False

dfs(0, 1, 0)
print(best[0])
''',
r'''
import heapq
n = int(input())
d = [list(map(int, input().split())) for _ in range(n)]
full = (1 << n) - 1
dist = {(1, 0): 0}
pq = [(0, 1, 0)]
answer = None
while pq:
    c, mask, v = heapq.heappop(pq)
    if dist.get((mask, v)) != c:
        continue
    if mask == full and v == 0:
        answer = c
        break
    for u in range(n):
        if (mask == full and u == 0) or (mask >> u & 1) == 0:
            key = (mask | 1 << u, u)
            if c + d[v][u] < dist.get(key, float("inf")):
                dist[key] = c + d[v][u]
                heapq.heappush(pq, (c + d[v][u], key[0], u))
print(answer if n > 1 else 0)
''',
]
