TITLE = "Longest Trail in the Park"
DIFFICULTY = "hard"
TAGS = ["graphs", "trees", "dfs"]
STATEMENT = """\
A park has N rest areas numbered 1 to N connected by N-1 trails so that every rest area can be
reached from every other one (the trails form a tree). The i-th trail connects rest areas U_i
and V_i and has length W_i metres.

The distance between two rest areas is the total length of the unique trail route between them.
Print the largest distance between any two rest areas. When N = 1, print 0.

Input
The input is given from Standard Input in the following format:
N
U_1 V_1 W_1
...
U_{N-1} V_{N-1} W_{N-1}

Output
Print the largest distance as an integer.

Constraints
- 1 <= N <= 200
- 1 <= U_i, V_i <= N
- 1 <= W_i <= 10^9
- The trails form a tree.
- All values are integers.
"""


def _tree(rng, n, spread, wmax):
    edges = [(rng.randint(max(1, v - spread), v - 1), v, rng.randint(1, wmax)) for v in range(2, n + 1)]
    perm = list(range(1, n + 1))
    rng.shuffle(perm)
    edges = [(perm[a - 1], perm[b - 1], w) for a, b, w in edges]
    rng.shuffle(edges)
    return edges


def tests(rng):
    def make(n, edges):
        return f"{n}\n" + "".join(f"{u} {v} {w}\n" for u, v, w in edges)

    cases = [make(5, [(1, 2, 3), (2, 3, 4), (2, 4, 10), (4, 5, 1)]), make(3, [(1, 2, 7), (1, 3, 7)]),
             make(1, []), make(2, [(2, 1, 1000000000)]),
             make(200, [(v, v + 1, 10**9) for v in range(1, 200)]),
             make(200, [(1, v, v) for v in range(2, 201)]),
             make(200, [(1, v, 1) for v in range(2, 200)] + [(199, 200, 10**9)])]
    while len(cases) < 15:
        n = rng.randint(2, 200)
        cases.append(make(n, _tree(rng, n, rng.choice([1, 2, 5, n]), rng.choice([1, 100, 10**9]))))
    return cases


SOLUTIONS = [
r'''
n = int(input())
adj = [[] for _ in range(n + 1)]
for _ in range(n - 1):
    u, v, w = map(int, input().split())
    adj[u].append((v, w))
    adj[v].append((u, w))

def farthest(src):
    dist = [-1] * (n + 1)
    dist[src] = 0
    stack = [src]
    while stack:
        v = stack.pop()
        for x, w in adj[v]:
            if dist[x] < 0:
                dist[x] = dist[v] + w
                stack.append(x)
    far = max(range(1, n + 1), key=lambda i: dist[i])
    return far, dist[far]

a, _ = farthest(1)
print(farthest(a)[1])
''',
r'''
import sys
sys.setrecursionlimit(10000)
n = int(input())
g = [[] for _ in range(n + 1)]
for _ in range(n - 1):
    u, v, w = map(int, input().split())
    g[u].append((v, w))
    g[v].append((u, w))
best = 0

def down(v, p):
    # longest downward path from v; updates best with paths bending at v
    global best
    top1 = top2 = 0
    for x, w in g[v]:
        if x != p:
            h = down(x, v) + w
            if h > top1:
                top1, top2 = h, top1
            elif h > top2:
                top2 = h
    best = max(best, top1 + top2)
    return top1

down(1, 0)
print(best)
''',
r'''
import sys
from collections import deque
data = list(map(int, sys.stdin.read().split()))
n = data[0]
adj = {v: [] for v in range(1, n + 1)}
for i in range(n - 1):
    u, v, w = data[1 + 3 * i:4 + 3 * i]
    adj[u].append((v, w))
    adj[v].append((u, w))
answer = 0
for s in adj:
    dist = {s: 0}
    q = deque([s])
    while q:
        v = q.popleft()
        for x, w in adj[v]:
            if x not in dist:
                dist[x] = dist[v] + w
                q.append(x)
    answer = max(answer, max(dist.values()))
print(answer)
''',
r'''
from collections import deque
n = int(input())
nb = [[] for _ in range(n + 1)]
for _ in range(n - 1):
    u, v, w = map(int, input().split())
    nb[u].append((v, w))
    nb[v].append((u, w))
parent = [0] * (n + 1)
order = []
dq = deque([1])
parent[1] = -1
while dq:
    v = dq.popleft()
    order.append(v)
    for x, w in nb[v]:
        if x != parent[v]:
            parent[x] = v
            dq.append(x)
height = [0] * (n + 1)
diameter = 0
for v in reversed(order):
    arms = sorted((height[x] + w for x, w in nb[v] if x != parent[v]), reverse=True)[:2]
    diameter = max(diameter, sum(arms))
    height[v] = arms[0] if arms else 0
print(diameter)
''',
r'''
import sys
sys.setrecursionlimit(10000)
n = int(input())
edges = [tuple(map(int, input().split())) for _ in range(n - 1)]
links = {}
for u, v, w in edges:
    links.setdefault(u, []).append((v, w))
    links.setdefault(v, []).append((u, w))

def walk(v, p, d, acc):
    acc[v] = d
    for x, w in links.get(v, []):
        if x != p:
            walk(x, v, d + w, acc)
    return acc

first = walk(1, 0, 0, {})
end = max(first, key=first.get)
print(max(walk(end, 0, 0, {}).values()))
''',
]
