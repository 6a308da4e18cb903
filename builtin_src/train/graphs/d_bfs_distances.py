TITLE = "Hops From the Capital"
DIFFICULTY = "medium"
TAGS = ["graphs", "bfs", "shortest path"]
STATEMENT = """\
A country has N cities numbered 1 to N, and city 1 is the capital. There are M roads; the i-th
road connects cities U_i and V_i in both directions. Every road is equally long.

For each city, print the minimum number of roads that must be used to travel from the capital
to that city, or -1 if the city cannot be reached at all. The distance of the capital to itself
is 0.

Input
The input is given from Standard Input in the following format:
N M
U_1 V_1
...
U_M V_M

Output
Print N integers separated by spaces on one line: the answers for cities 1, 2, ..., N.

Constraints
- 1 <= N <= 100
- 0 <= M <= 1000
- 1 <= U_i, V_i <= N, U_i != V_i
- All values are integers.
"""


def tests(rng):
    def make(n, edges):
        return f"{n} {len(edges)}\n" + "".join(f"{u} {v}\n" for u, v in edges)

    cases = [make(5, [(1, 2), (2, 3), (1, 3), (4, 5)]), make(4, [(2, 3), (3, 4), (4, 1)]),
             make(1, []), make(3, []), make(100, [(i, i + 1) for i in range(1, 100)]),
             make(100, [(u, v) for u in range(1, 46) for v in range(u + 1, 46)][:990]),
             make(100, [(i + 1, i) for i in range(2, 100)])]
    while len(cases) < 15:
        n = rng.randint(2, 100)
        m = rng.randint(0, min(1000, n * rng.choice([1, 2, 5])))
        cases.append(make(n, [tuple(rng.sample(range(1, n + 1), 2)) for _ in range(m)]))
    return cases


SOLUTIONS = [
r'''
from collections import deque
n, m = map(int, input().split())
adj = [[] for _ in range(n + 1)]
for _ in range(m):
    u, v = map(int, input().split())
    adj[u].append(v)
    adj[v].append(u)
dist = [-1] * (n + 1)
dist[1] = 0
q = deque([1])
while q:
    v = q.popleft()
    for w in adj[v]:
        if dist[w] < 0:
            dist[w] = dist[v] + 1
            q.append(w)
print(*dist[1:])
''',
r'''
import sys
data = list(map(int, sys.stdin.read().split()))
n = data[0]
nb = [set() for _ in range(n + 1)]
for u, v in zip(data[2::2], data[3::2]):
    nb[u].add(v)
    nb[v].add(u)
answer = [-1] * (n + 1)
level, d = [1], 0
answer[1] = 0
while level:
    d += 1
    nxt = []
    for v in level:
        for w in nb[v]:
            if answer[w] == -1:
                answer[w] = d
                nxt.append(w)
    level = nxt
print(" ".join(map(str, answer[1:])))
''',
r'''
n, m = map(int, input().split())
edges = [tuple(map(int, input().split())) for _ in range(m)]
INF = 10**9
d = [INF] * (n + 1)
d[1] = 0
for _ in range(n):
    changed = False
    for u, v in edges:
        if d[u] + 1 < d[v]:
            d[v] = d[u] + 1
            changed = True
        if d[v] + 1 < d[u]:
            d[u] = d[v] + 1
            changed = True
    if not changed:
        break
print(*[x if x < INF else -1 for x in d[1:]])
''',
r'''
n, m = map(int, input().split())
INF = float("inf")
d = [[0 if i == j else INF for j in range(n)] for i in range(n)]
for _ in range(m):
    u, v = map(int, input().split())
    d[u - 1][v - 1] = d[v - 1][u - 1] = 1
for k in range(n):
    row_k = d[k]
    for i in range(n):
        dik = d[i][k]
        if dik < INF:
            d[i] = [min(a, dik + b) for a, b in zip(d[i], row_k)]
print(" ".join(str(x) if x < INF else "-1" for x in d[0]))
''',
r'''
import heapq
n, m = map(int, input().split())
graph = {v: [] for v in range(1, n + 1)}
for _ in range(m):
    u, v = map(int, input().split())
    graph[u].append(v)
    graph[v].append(u)
best = {1: 0}
heap = [(0, 1)]
while heap:
    d, v = heapq.heappop(heap)
    if d > best[v]:
        continue
    for w in graph[v]:
        if w not in best or d + 1 < best[w]:
            best[w] = d + 1
            heapq.heappush(heap, (d + 1, w))
print(*(best.get(v, -1) for v in range(1, n + 1)))
''',
]
