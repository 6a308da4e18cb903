TITLE = "Travel Time Enquiries"
DIFFICULTY = "medium"
TAGS = ["graphs", "shortest path", "floyd-warshall"]
STATEMENT = """\
A region has N towns numbered 1 to N and M roads. The i-th road connects towns A_i and B_i in
both directions and takes C_i minutes to traverse. No two roads connect the same pair of towns.

Answer Q enquiries. The j-th enquiry asks for the minimum travel time from town X_j to town
Y_j. If Y_j cannot be reached from X_j, the answer is -1. If X_j = Y_j, the answer is 0.

Input
The input is given from Standard Input in the following format:
N M Q
A_1 B_1 C_1
...
A_M B_M C_M
X_1 Y_1
...
X_Q Y_Q

Output
Print Q lines; the j-th line must contain the answer to the j-th enquiry.

Constraints
- 1 <= N <= 60
- 0 <= M <= 300
- 1 <= Q <= 300
- 1 <= A_i < B_i <= N
- 1 <= C_i <= 10^6
- 1 <= X_j, Y_j <= N
- All values are integers.
"""


def tests(rng):
    def make(n, edges, queries):
        s = f"{n} {len(edges)} {len(queries)}\n" + "".join(f"{a} {b} {c}\n" for a, b, c in edges)
        return s + "".join(f"{x} {y}\n" for x, y in queries)

    def rand(n, m, cmax, q):
        pairs = [(a, b) for a in range(1, n + 1) for b in range(a + 1, n + 1)]
        edges = [(a, b, rng.randint(1, cmax)) for a, b in rng.sample(pairs, min(m, len(pairs)))]
        queries = [(rng.randint(1, n), rng.randint(1, n)) for _ in range(q)]
        return make(n, edges, queries)

    cases = [make(4, [(1, 2, 5), (2, 3, 1), (1, 3, 9)], [(1, 3), (3, 1), (1, 4), (2, 2)]),
             make(3, [(1, 2, 2), (2, 3, 2), (1, 3, 4)], [(1, 3), (3, 2)]),
             make(1, [], [(1, 1)]), make(2, [], [(1, 2), (2, 1)]),
             make(60, [(i, i + 1, 10**6) for i in range(1, 60)], [(1, 60), (60, 1), (30, 31)])]
    cases.append(rand(60, 300, 10**6, 300))
    cases.append(rand(60, 300, 3, 300))
    cases.append(rand(60, 40, 100, 300))
    while len(cases) < 15:
        n = rng.randint(2, 60)
        cases.append(rand(n, rng.randint(0, 300), rng.choice([5, 1000, 10**6]), rng.randint(1, 300)))
    return cases


SOLUTIONS = [
r'''
n, m, q = map(int, input().split())
INF = float("inf")
d = [[INF] * (n + 1) for _ in range(n + 1)]
for i in range(n + 1):
    d[i][i] = 0
for _ in range(m):
    a, b, c = map(int, input().split())
    d[a][b] = d[b][a] = min(d[a][b], c)
for k in range(1, n + 1):
    for i in range(1, n + 1):
        for j in range(1, n + 1):
            if d[i][k] + d[k][j] < d[i][j]:
                d[i][j] = d[i][k] + d[k][j]
for _ in range(q):
    x, y = map(int, input().split())
    print(d[x][y] if d[x][y] < INF else -1)
''',
r'''
import sys
import heapq
from functools import lru_cache
data = list(map(int, sys.stdin.read().split()))
n, m, q = data[:3]
adj = [[] for _ in range(n + 1)]
for i in range(m):
    a, b, c = data[3 + 3 * i:6 + 3 * i]
    adj[a].append((b, c))
    adj[b].append((a, c))

@lru_cache(maxsize=None)
def dijkstra(src):
    dist = {src: 0}
    pq = [(0, src)]
    while pq:
        d, v = heapq.heappop(pq)
        if d > dist[v]:
            continue
        for w, c in adj[v]:
            if d + c < dist.get(w, float("inf")):
                dist[w] = d + c
                heapq.heappush(pq, (d + c, w))
    return dist

qs = data[3 + 3 * m:]
for x, y in zip(qs[::2], qs[1::2]):
    print(dijkstra(x).get(y, -1))
''',
r'''
n, m, q = map(int, input().split())
edges = [tuple(map(int, input().split())) for _ in range(m)]
cache = {}

def bellman(src):
    dist = [None] * (n + 1)
    dist[src] = 0
    for _ in range(n):
        changed = False
        for a, b, c in edges:
            for u, v in ((a, b), (b, a)):
                if dist[u] is not None and (dist[v] is None or dist[u] + c < dist[v]):
                    dist[v] = dist[u] + c
                    changed = True
        if not changed:
            break
    return dist

for _ in range(q):
    x, y = map(int, input().split())
    if x not in cache:
        cache[x] = bellman(x)
    r = cache[x][y]
    print(-1 if r is None else r)
''',
r'''
import sys
lines = sys.stdin.read().splitlines()
n, m, q = map(int, lines[0].split())
BIG = 10**18
dist = [[0 if i == j else BIG for j in range(n)] for i in range(n)]
for line in lines[1:1 + m]:
    a, b, c = map(int, line.split())
    dist[a - 1][b - 1] = dist[b - 1][a - 1] = c
for k in range(n):
    dk = dist[k]
    dist = [[min(x, row[k] + y) for x, y in zip(row, dk)] for row in dist]
out = []
for line in lines[1 + m:1 + m + q]:
    x, y = map(int, line.split())
    r = dist[x - 1][y - 1]
    out.append(str(r) if r < BIG else "-1")
print("\n".join(out))
''',
r'''
import sys
from collections import deque
input = sys.stdin.readline
n, m, q = map(int, input().split())
adj = [[] for _ in range(n + 1)]
for _ in range(m):
    a, b, c = map(int, input().split())
    adj[a] += [(b, c)]
    adj[b] += [(a, c)]
table = {}
for s in range(1, n + 1):
    dist = {s: 0}
    queue = deque([s])
    queued = {s}
    while queue:
        v = queue.popleft()
        queued.discard(v)
        for u, c in adj[v]:
            if dist[v] + c < dist.get(u, 10**18):
                dist[u] = dist[v] + c
                if u not in queued:
                    queued.add(u)
                    queue.append(u)
    table[s] = dist
for _ in range(q):
    x, y = map(int, input().split())
    print(table[x].get(y, -1))
''',
]
