TITLE = "Height of a Family Tree"
DIFFICULTY = "medium"
TAGS = ["graphs", "trees", "dfs"]
STATEMENT = """\
You are given a tree with N vertices numbered 1 to N; the i-th of its N-1 edges connects
vertices U_i and V_i. The tree is rooted at vertex 1. The depth of a vertex is the number of
edges on the path between it and the root (the root has depth 0).

Print the maximum depth over all vertices.

Input
The input is given from Standard Input in the following format:
N
U_1 V_1
...
U_{N-1} V_{N-1}

Output
Print the maximum depth as an integer. If N = 1, there are no edges and the answer is 0.

Constraints
- 1 <= N <= 200
- 1 <= U_i, V_i <= N
- The given graph is a tree.
- All values are integers.
"""


def _tree(rng, n, spread):
    edges = [(rng.randint(max(1, v - spread), v - 1), v) for v in range(2, n + 1)]
    perm = list(range(1, n + 1))
    rng.shuffle(perm)
    edges = [(perm[a - 1], perm[b - 1]) for a, b in edges]
    rng.shuffle(edges)
    return edges


def tests(rng):
    def make(n, edges):
        return f"{n}\n" + "".join(f"{u} {v}\n" for u, v in edges)

    cases = [make(6, [(1, 2), (2, 3), (1, 4), (4, 5), (5, 6)]), make(4, [(4, 2), (2, 1), (3, 1)]),
             make(1, []), make(2, [(2, 1)]), make(200, [(v, v + 1) for v in range(1, 200)]),
             make(200, [(v, v + 1) for v in range(100, 200)] + [(v, v + 1) for v in range(1, 100)]),
             make(200, [(1, v) for v in range(2, 201)])]
    while len(cases) < 15:
        n = rng.randint(2, 200)
        cases.append(make(n, _tree(rng, n, rng.choice([1, 2, 5, n]))))
    return cases


SOLUTIONS = [
r'''
from collections import deque
n = int(input())
adj = [[] for _ in range(n + 1)]
for _ in range(n - 1):
    u, v = map(int, input().split())
    adj[u].append(v)
    adj[v].append(u)
depth = [-1] * (n + 1)
depth[1] = 0
q = deque([1])
while q:
    v = q.popleft()
    for w in adj[v]:
        if depth[w] < 0:
            depth[w] = depth[v] + 1
            q.append(w)
print(max(depth))
''',
r'''
import sys
sys.setrecursionlimit(10000)
n = int(input())
g = [[] for _ in range(n + 1)]
for _ in range(n - 1):
    a, b = map(int, input().split())
    g[a].append(b)
    g[b].append(a)

def height(v, parent):
    return max((1 + height(w, v) for w in g[v] if w != parent), default=0)

print(height(1, 0))
''',
r'''
import sys
data = list(map(int, sys.stdin.read().split()))
n = data[0]
nb = {v: [] for v in range(1, n + 1)}
for a, b in zip(data[1::2], data[2::2]):
    nb[a].append(b)
    nb[b].append(a)
best = 0
stack = [(1, 0, 0)]
while stack:
    v, p, d = stack.pop()
    best = max(best, d)
    stack.extend((w, v, d + 1) for w in nb[v] if w != p)
print(best)
''',
r'''
n = int(input())
deg = [0] * (n + 1)
adj = [[] for _ in range(n + 1)]
for _ in range(n - 1):
    u, v = map(int, input().split())
    adj[u].append(v)
    adj[v].append(u)
    deg[u] += 1
    deg[v] += 1
# peel leaves (never the root) round by round; the root is left after "height" rounds
leaves = [v for v in range(2, n + 1) if deg[v] == 1]
rounds = 0
while leaves:
    rounds += 1
    nxt = []
    for v in leaves:
        for w in adj[v]:
            deg[w] -= 1
            if deg[w] == 1 and w != 1:
                nxt.append(w)
    leaves = nxt
print(rounds)
''',
r'''
n = int(input())
links = [set() for _ in range(n + 1)]
for _ in range(n - 1):
    u, v = map(int, input().split())
    links[u].add(v)
    links[v].add(u)
seen = {1}
frontier = {1}
levels = -1
while frontier:
    levels += 1
    frontier = set().union(*(links[v] for v in frontier)) - seen
    seen |= frontier
print(levels)
''',
]
