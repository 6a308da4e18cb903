TITLE = "Number of Fastest Routes"
DIFFICULTY = "hard"
TAGS = ["graphs", "dijkstra", "counting"]
STATEMENT = """\
There are N stations numbered 1 to N and M rails. The i-th rail connects stations A_i and B_i in
both directions and takes C_i minutes to ride. Let D be the minimum travel time from station 1
to station N. A route is a sequence of rails leading from station 1 to station N; count the
routes whose total time equals D. Two routes are different if their sequences of rails differ.

Print the count modulo 1000000007. If station N cannot be reached from station 1, print 0. When
N = 1, the empty route is the only one and the answer is 1.

Input
The input is given from Standard Input in the following format:
N M
A_1 B_1 C_1
...
A_M B_M C_M

Output
Print the number of fastest routes modulo 1000000007.

Constraints
- 1 <= N <= 100
- 0 <= M <= 1000
- 1 <= A_i, B_i <= N, A_i != B_i
- 1 <= C_i <= 10
- All values are integers.
"""


def tests(rng):
    def make(n, edges):
        return f"{n} {len(edges)}\n" + "".join(f"{a} {b} {c}\n" for a, b, c in edges)

    def grid_graph(h, w):
        idx = lambda i, j: i * w + j + 1
        edges = []
        for i in range(h):
            for j in range(w):
                if i + 1 < h:
                    edges.append((idx(i, j), idx(i + 1, j), 1))
                if j + 1 < w:
                    edges.append((idx(i, j), idx(i, j + 1), 1))
        rng.shuffle(edges)
        return make(h * w, edges)

    cases = [make(4, [(1, 2, 1), (2, 4, 2), (1, 3, 2), (3, 4, 1), (1, 4, 4)]),
             make(3, [(1, 2, 1), (1, 2, 1), (2, 3, 5)]), make(1, []), make(2, []),
             make(2, [(1, 2, 3), (2, 1, 3), (1, 2, 2)]), grid_graph(10, 10), grid_graph(4, 25)]
    for width, cmax in ((7, 1), (5, 2)):
        layers = [[1]] + [list(range(2 + k * width, 2 + (k + 1) * width)) for k in range(98 // width)]
        n = layers[-1][-1] + 1
        layers.append([n])
        edges = [(a, b, rng.randint(1, cmax)) for x, y in zip(layers, layers[1:]) for a in x for b in y]
        rng.shuffle(edges)
        cases.append(make(n, edges))
    while len(cases) < 15:
        n = rng.randint(2, 100)
        m = rng.randint(min(1000, n), min(1000, n * rng.choice([2, 3, 10])))
        cmax = rng.choice([1, 1, 2, 3, 10])
        cases.append(make(n, [(*rng.sample(range(1, n + 1), 2), rng.randint(1, cmax)) for _ in range(m)]))
    return cases


SOLUTIONS = [
r'''
import heapq
n, m = map(int, input().split())
adj = [[] for _ in range(n + 1)]
for _ in range(m):
    a, b, c = map(int, input().split())
    adj[a].append((b, c))
    adj[b].append((a, c))
MOD = 10**9 + 7
INF = float("inf")
dist = [INF] * (n + 1)
ways = [0] * (n + 1)
dist[1], ways[1] = 0, 1
pq = [(0, 1)]
while pq:
    d, v = heapq.heappop(pq)
    if d > dist[v]:
        continue
    for w, c in adj[v]:
        if d + c < dist[w]:
            dist[w] = d + c
            ways[w] = ways[v]
            heapq.heappush(pq, (d + c, w))
        elif d + c == dist[w]:
            ways[w] = (ways[w] + ways[v]) % MOD
print(ways[n])
''',
r'''
import sys
import heapq
data = list(map(int, sys.stdin.read().split()))
n, m = data[0], data[1]
edges = [tuple(data[2 + 3 * i:5 + 3 * i]) for i in range(m)]
g = {v: [] for v in range(1, n + 1)}
for a, b, c in edges:
    g[a].append((b, c))
    g[b].append((a, c))
dist = {1: 0}
heap = [(0, 1)]
while heap:
    d, v = heapq.heappop(heap)
    if d != dist[v]:
        continue
    for w, c in g[v]:
        if w not in dist or d + c < dist[w]:
            dist[w] = d + c
            heapq.heappush(heap, (d + c, w))
count = {v: 0 for v in dist}
count[1] = 1
for v in sorted(dist, key=dist.get):
    for w, c in g[v]:
        if dist[v] + c == dist[w]:
            count[w] = (count[w] + count[v]) % 1000000007
print(count.get(n, 0))
''',
r'''
import sys
from functools import lru_cache
sys.setrecursionlimit(10000)
n, m = map(int, input().split())
edges = [tuple(map(int, input().split())) for _ in range(m)]
INF = 10**9
dist = [INF] * (n + 1)
dist[1] = 0
for _ in range(n):
    changed = False
    for a, b, c in edges:
        if dist[a] + c < dist[b]:
            dist[b], changed = dist[a] + c, True
        if dist[b] + c < dist[a]:
            dist[a], changed = dist[b] + c, True
    if not changed:
        break
preds = [[] for _ in range(n + 1)]
for a, b, c in edges:
    if dist[a] + c == dist[b]:
        preds[b].append(a)
    if dist[b] + c == dist[a]:
        preds[a].append(b)

@lru_cache(maxsize=None)
def routes(v):
    if v == 1:
        return 1
    return sum(routes(u) for u in preds[v]) % 1000000007

print(routes(n) if dist[n] < INF else 0)
''',
r'''
import sys
vals = sys.stdin.read().split()
n, m = int(vals[0]), int(vals[1])
E = [tuple(map(int, vals[2 + 3 * i:5 + 3 * i])) for i in range(m)]
INF = float("inf")
dist = [INF] * (n + 1)
dist[1] = 0
order = []
left = set(range(1, n + 1))
while left:
    v = min(left, key=lambda x: dist[x])
    if dist[v] == INF:
        break
    left.discard(v)
    order.append(v)
    for a, b, c in E:
        if a == v and dist[v] + c < dist[b]:
            dist[b] = dist[v] + c
        if b == v and dist[v] + c < dist[a]:
            dist[a] = dist[v] + c
ways = [0] * (n + 1)
ways[1] = 1
for v in order[1:]:
    total = 0
    for a, b, c in E:
        if b == v and dist[a] + c == dist[v]:
            total += ways[a]
        if a == v and dist[b] + c == dist[v]:
            total += ways[b]
    ways[v] = total % 1000000007
print(ways[n])
''',
r'''
from collections import defaultdict
n, m = map(int, input().split())
adj = defaultdict(list)
for _ in range(m):
    a, b, c = map(int, input().split())
    adj[a].append((b, c))
    adj[b].append((a, c))
# every weight is at most 10, so process vertices bucket by bucket of distance
buckets = defaultdict(list)
buckets[0].append(1)
dist = {1: 0}
ways = defaultdict(int)
ways[1] = 1
d = 0
settled = set()
while d <= 10 * n:
    for v in buckets.pop(d, []):
        if v in settled or dist[v] != d:
            continue
        settled.add(v)
        for w, c in adj[v]:
            if w not in dist or d + c < dist[w]:
                dist[w] = d + c
                ways[w] = ways[v]
                buckets[d + c].append(w)
            elif d + c == dist[w]:
                ways[w] = (ways[w] + ways[v]) % 1000000007
    d += 1
print(ways[n] % 1000000007)
''',
]
