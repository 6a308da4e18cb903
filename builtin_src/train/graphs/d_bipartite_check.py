TITLE = "Two Teams"
DIFFICULTY = "medium"
TAGS = ["graphs", "bipartite", "bfs"]
STATEMENT = """\
N players numbered 1 to N must be split into two teams (a team may be empty). There are M
rivalries; the i-th says that players U_i and V_i refuse to be on the same team.

Determine whether the players can be split into two teams so that no two rivals are on the
same team.

Input
The input is given from Standard Input in the following format:
N M
U_1 V_1
...
U_M V_M

Output
Print `Yes` if such a split exists, and `No` otherwise.

Constraints
- 1 <= N <= 200
- 0 <= M <= 1000
- 1 <= U_i, V_i <= N, U_i != V_i
- All values are integers.
"""


def tests(rng):
    def make(n, edges):
        return f"{n} {len(edges)}\n" + "".join(f"{u} {v}\n" for u, v in edges)

    def bip(n, m):
        side = [rng.randint(0, 1) for _ in range(n + 1)]
        edges = []
        while len(edges) < m:
            u, v = rng.sample(range(1, n + 1), 2)
            if side[u] != side[v]:
                edges.append((u, v))
        return edges

    cases = [make(4, [(1, 2), (2, 3), (3, 4), (4, 1)]), make(3, [(1, 2), (2, 3), (3, 1)]),
             make(1, []), make(2, [(1, 2)]), make(200, [(i, i % 200 + 1) for i in range(1, 201)]),
             make(199, [(i, i % 199 + 1) for i in range(1, 200)]),
             make(200, [(i, i + 1) for i in range(1, 200)])]
    for n, m in ((200, 1000), (150, 600), (50, 100)):
        e = bip(n, m)
        cases.append(make(n, e))
        u, v = rng.sample(range(1, n + 1), 2)
        cases.append(make(n, e + [(u, v)]))
    while len(cases) < 16:
        n = rng.randint(2, 200)
        edges = bip(n, rng.randint(0, min(1000, 2 * n)))
        if rng.random() < 0.5:
            edges.append(tuple(rng.sample(range(1, n + 1), 2)))
            rng.shuffle(edges)
        cases.append(make(n, edges))
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
color = [-1] * (n + 1)
ok = True
for s in range(1, n + 1):
    if color[s] != -1:
        continue
    color[s] = 0
    q = deque([s])
    while q and ok:
        v = q.popleft()
        for w in adj[v]:
            if color[w] == -1:
                color[w] = 1 - color[v]
                q.append(w)
            elif color[w] == color[v]:
                ok = False
print("Yes" if ok else "No")
''',
r'''
import sys
sys.setrecursionlimit(10000)
n, m = map(int, input().split())
g = {v: [] for v in range(1, n + 1)}
for _ in range(m):
    a, b = map(int, input().split())
    g[a].append(b)
    g[b].append(a)
side = {}

def paint(v, c):
    side[v] = c
    for w in g[v]:
        if w not in side:
            if not paint(w, c ^ 1):
                return False
        elif side[w] == c:
            return False
    return True

print("Yes" if all(v in side or paint(v, 0) for v in g) else "No")
''',
r'''
import sys
data = list(map(int, sys.stdin.read().split()))
n = data[0]
parent = list(range(n + 1))
parity = [0] * (n + 1)  # parity of the path to the parent

def find(x):
    if parent[x] == x:
        return x, 0
    root, p = find(parent[x])
    parent[x] = root
    parity[x] ^= p
    return root, parity[x]

good = True
for u, v in zip(data[2::2], data[3::2]):
    ru, pu = find(u)
    rv, pv = find(v)
    if ru == rv:
        if pu == pv:
            good = False
    else:
        parent[ru] = rv
        parity[ru] = pu ^ pv ^ 1
print("Yes" if good else "No")
''',
r'''
n, m = map(int, input().split())
root = list(range(2 * n + 2))

def find(x):
    while root[x] != x:
        root[x] = root[root[x]]
        x = root[x]
    return x

pairs = [tuple(map(int, input().split())) for _ in range(m)]
for u, v in pairs:
    # vertex x "on side A" is x, "on side B" is x + n
    root[find(u)] = find(v + n)
    root[find(u + n)] = find(v)
print("No" if any(find(v) == find(v + n) for v in range(1, n + 1)) else "Yes")
''',
r'''
import sys
tokens = sys.stdin.read().split()
n = int(tokens[0])
edges = [(int(a), int(b)) for a, b in zip(tokens[2::2], tokens[3::2])]
nbr = [[] for _ in range(n + 1)]
for u, v in edges:
    nbr[u] += [v]
    nbr[v] += [u]
col = [None] * (n + 1)
for s in range(1, n + 1):
    if col[s] is None:
        col[s] = False
        stack = [s]
        while stack:
            v = stack.pop()
            for w in nbr[v]:
                if col[w] is None:
                    col[w] = not col[v]
                    stack.append(w)
print("No" if any(col[u] == col[v] for u, v in edges) else "Yes")
''',
]
