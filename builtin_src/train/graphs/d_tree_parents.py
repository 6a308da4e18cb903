TITLE = "Who Is My Parent"
DIFFICULTY = "easy"
TAGS = ["graphs", "trees", "bfs"]
STATEMENT = """\
You are given a tree with N vertices numbered 1 to N. The i-th of its N-1 edges connects
vertices U_i and V_i. Consider the tree rooted at vertex 1. For every vertex v other than the
root, its parent is the neighbour of v that lies on the path from v to vertex 1.

Print the parent of each of the vertices 2, 3, ..., N.

Input
The input is given from Standard Input in the following format:
N
U_1 V_1
...
U_{N-1} V_{N-1}

Output
Print N-1 integers separated by spaces on one line: the parents of vertices 2, 3, ..., N in
this order.

Constraints
- 2 <= N <= 200
- 1 <= U_i, V_i <= N
- The given graph is a tree.
- All values are integers.
"""


def _tree(rng, n, shape):
    edges = []
    for v in range(2, n + 1):
        if shape == "path":
            p = v - 1
        elif shape == "star":
            p = 1
        else:
            p = rng.randint(max(1, v - shape), v - 1)
        edges.append((p, v))
    perm = list(range(2, n + 1))
    rng.shuffle(perm)
    relabel = {1: 1, **{v: perm[v - 2] for v in range(2, n + 1)}}
    edges = [(relabel[a], relabel[b]) if rng.random() < 0.5 else (relabel[b], relabel[a]) for a, b in edges]
    rng.shuffle(edges)
    return edges


def tests(rng):
    def make(n, edges):
        return f"{n}\n" + "".join(f"{u} {v}\n" for u, v in edges)

    cases = [make(5, [(1, 2), (1, 3), (3, 4), (5, 3)]), make(3, [(3, 2), (2, 1)]), make(2, [(2, 1)]),
             make(200, [(v + 1, v) for v in range(1, 200)]), make(200, [(1, v) for v in range(2, 201)])]
    for shape in ("path", "star", 3, 200):
        cases.append(make(200, _tree(rng, 200, shape)))
    while len(cases) < 15:
        n = rng.randint(2, 200)
        cases.append(make(n, _tree(rng, n, rng.choice([2, 10, n]))))
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
par = [0] * (n + 1)
par[1] = -1
q = deque([1])
while q:
    v = q.popleft()
    for w in adj[v]:
        if par[w] == 0:
            par[w] = v
            q.append(w)
print(*par[2:])
''',
r'''
import sys
sys.setrecursionlimit(10000)
n = int(input())
g = {v: [] for v in range(1, n + 1)}
for _ in range(n - 1):
    a, b = map(int, input().split())
    g[a].append(b)
    g[b].append(a)
parent = {}

def dfs(v, p):
    parent[v] = p
    for w in g[v]:
        if w != p:
            dfs(w, v)

dfs(1, 0)
print(" ".join(str(parent[v]) for v in range(2, n + 1)))
''',
r'''
import sys
data = list(map(int, sys.stdin.read().split()))
n = data[0]
adj = [[] for _ in range(n + 1)]
for a, b in zip(data[1::2], data[2::2]):
    adj[a].append(b)
    adj[b].append(a)
parent = [0] * (n + 1)
stack = [1]
seen = {1}
while stack:
    v = stack.pop()
    for w in adj[v]:
        if w not in seen:
            seen.add(w)
            parent[w] = v
            stack.append(w)
print(*parent[2:])
''',
r'''
n = int(input())
pending = [tuple(map(int, input().split())) for _ in range(n - 1)]
parent = {1: 0}
while pending:
    rest = []
    for a, b in pending:
        if a in parent:
            parent[b] = a
        elif b in parent:
            parent[a] = b
        else:
            rest.append((a, b))
    pending = rest
print(*[parent[v] for v in range(2, n + 1)])
''',
r'''
import sys
lines = sys.stdin.read().splitlines()[1:]
edges = [tuple(map(int, ln.split())) for ln in lines if ln.strip()]
parent = {}
layer = {1}
done = {1}
while layer:
    new = {}
    for a, b in edges:
        if a in layer and b not in done:
            new[b] = a
        elif b in layer and a not in done:
            new[a] = b
    parent.update(new)
    done.update(new)
    layer = set(new)
print(*(parent[v] for v in sorted(parent)))
''',
]
