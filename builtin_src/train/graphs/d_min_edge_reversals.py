TITLE = "Turning Around One-Way Signs"
DIFFICULTY = "hard"
TAGS = ["graphs", "0-1 bfs", "shortest path"]
STATEMENT = """\
A town has N squares numbered 1 to N and M one-way streets. The i-th street allows travel from
square A_i to square B_i only. The mayor may reverse the direction of any streets. Find the
minimum number of streets that must be reversed so that one can travel from square 1 to square
N along streets in their allowed directions.

If it is impossible even after reversing streets, print -1. If N = 1, the answer is 0.

Input
The input is given from Standard Input in the following format:
N M
A_1 B_1
...
A_M B_M

Output
Print the minimum number of streets to reverse, or -1.

Constraints
- 1 <= N <= 200
- 0 <= M <= 1000
- 1 <= A_i, B_i <= N, A_i != B_i
- All values are integers.
"""


def tests(rng):
    def make(n, edges):
        return f"{n} {len(edges)}\n" + "".join(f"{a} {b}\n" for a, b in edges)

    cases = [make(5, [(1, 2), (3, 2), (3, 4), (5, 4), (1, 5)]), make(4, [(2, 1), (3, 2), (4, 3)]),
             make(1, []), make(2, []), make(2, [(2, 1)]), make(3, [(1, 2)]),
             make(200, [(i + 1, i) for i in range(1, 200)]),
             make(200, [(i, i + 1) if i % 2 else (i + 1, i) for i in range(1, 200)])]
    while len(cases) < 15:
        n = rng.randint(2, 200)
        m = rng.randint(n - 1, min(1000, n * rng.choice([1, 2, 4])))
        cases.append(make(n, [tuple(rng.sample(range(1, n + 1), 2)) for _ in range(m)]))
    return cases


SOLUTIONS = [
r'''
from collections import deque
n, m = map(int, input().split())
adj = [[] for _ in range(n + 1)]
for _ in range(m):
    a, b = map(int, input().split())
    adj[a].append((b, 0))
    adj[b].append((a, 1))
INF = float("inf")
dist = [INF] * (n + 1)
dist[1] = 0
dq = deque([1])
while dq:
    v = dq.popleft()
    for w, c in adj[v]:
        if dist[v] + c < dist[w]:
            dist[w] = dist[v] + c
            if c == 0:
                dq.appendleft(w)
            else:
                dq.append(w)
print(dist[n] if dist[n] < INF else -1)
''',
r'''
import heapq
import sys
data = list(map(int, sys.stdin.read().split()))
n = data[0]
g = {v: [] for v in range(1, n + 1)}
for a, b in zip(data[2::2], data[3::2]):
    g[a].append((b, 0))
    g[b].append((a, 1))
best = {1: 0}
pq = [(0, 1)]
while pq:
    d, v = heapq.heappop(pq)
    if d > best[v]:
        continue
    for w, c in g[v]:
        if d + c < best.get(w, 10**9):
            best[w] = d + c
            heapq.heappush(pq, (d + c, w))
print(best.get(n, -1))
''',
r'''
n, m = map(int, input().split())
streets = [tuple(map(int, input().split())) for _ in range(m)]
arcs = [(a, b, 0) for a, b in streets] + [(b, a, 1) for a, b in streets]
BIG = 10**9
cost = [BIG] * (n + 1)
cost[1] = 0
for _ in range(n):
    improved = False
    for u, v, c in arcs:
        if cost[u] + c < cost[v]:
            cost[v] = cost[u] + c
            improved = True
    if not improved:
        break
print(-1 if cost[n] == BIG else cost[n])
''',
r'''
n, m = map(int, input().split())
fwd = [[] for _ in range(n + 1)]
back = [[] for _ in range(n + 1)]
for _ in range(m):
    a, b = map(int, input().split())
    fwd[a].append(b)
    back[b].append(a)
level = {}
current = [1]
k = 0
while current:
    # close the current set under free moves
    stack = [v for v in current if v not in level]
    for v in stack:
        level[v] = k
    while stack:
        v = stack.pop()
        for w in fwd[v]:
            if w not in level:
                level[w] = k
                stack.append(w)
    members = [v for v, lv in level.items() if lv == k]
    current = [w for v in members for w in back[v] if w not in level]
    k += 1
print(level.get(n, -1))
''',
r'''
import sys
from collections import defaultdict
tokens = sys.stdin.read().split()
n = int(tokens[0])
arcs = defaultdict(list)
for a, b in zip(tokens[2::2], tokens[3::2]):
    arcs[int(a)].append((int(b), 0))
    arcs[int(b)].append((int(a), 1))
buckets = [[1]]  # buckets[d]: squares first reached with d reversals
dist = {1: 0}
d = 0
while d < len(buckets):
    bucket = buckets[d]
    while bucket:
        v = bucket.pop()
        if dist[v] != d:
            continue
        for w, c in arcs[v]:
            nd = d + c
            if nd < dist.get(w, n + 1):
                dist[w] = nd
                if nd == len(buckets):
                    buckets.append([])
                buckets[nd].append(w)
    d += 1
print(dist.get(n, -1))
''',
]
