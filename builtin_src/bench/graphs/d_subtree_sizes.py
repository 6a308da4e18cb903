TITLE = "Size of Every Branch"
DIFFICULTY = "medium"
TAGS = ["graphs", "trees", "dfs"]
STATEMENT = """\
You are given a tree with N vertices numbered 1 to N; the i-th of its N-1 edges connects
vertices U_i and V_i. Root the tree at vertex 1. The subtree of a vertex v consists of v and all
vertices whose path to the root passes through v.

For every vertex, print the number of vertices in its subtree.

Input
The input is given from Standard Input in the following format:
N
U_1 V_1
...
U_{N-1} V_{N-1}

Output
Print N integers separated by spaces on one line: the subtree sizes of vertices 1, 2, ..., N
in this order.

Constraints
- 1 <= N <= 10^4
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

    cases = [make(5, [(1, 2), (1, 3), (3, 4), (3, 5)]), make(4, [(4, 3), (3, 2), (2, 1)]), make(1, []),
             make(2, [(2, 1)]), make(10000, [(v, v + 1) for v in range(1, 10000)]),
             make(10000, [(1, v) for v in range(2, 10001)]),
             make(10000, [(v + 1, v) for v in range(1, 10000)]), make(10000, _tree(rng, 10000, 3)),
             make(10000, _tree(rng, 10000, 10000))]
    while len(cases) < 16:
        n = rng.randint(2, 300)
        cases.append(make(n, _tree(rng, n, rng.choice([1, 2, 10, n]))))
    return cases


SOLUTIONS = [
r'''
import sys
data = sys.stdin.buffer.read().split()
n = int(data[0])
adj = [[] for _ in range(n + 1)]
for i in range(n - 1):
    u, v = int(data[1 + 2 * i]), int(data[2 + 2 * i])
    adj[u].append(v)
    adj[v].append(u)
parent = [0] * (n + 1)
parent[1] = -1
order = [1]
for v in order:
    for w in adj[v]:
        if w != parent[v]:
            parent[w] = v
            order.append(w)
size = [1] * (n + 1)
for v in reversed(order[1:]):
    size[parent[v]] += size[v]
print(" ".join(map(str, size[1:])))
''',
r'''
import sys
from collections import deque
input = sys.stdin.readline
n = int(input())
adj = [[] for _ in range(n + 1)]
deg = [0] * (n + 1)
for _ in range(n - 1):
    u, v = map(int, input().split())
    adj[u].append(v)
    adj[v].append(u)
    deg[u] += 1
    deg[v] += 1
size = [1] * (n + 1)
removed = [False] * (n + 1)
q = deque(v for v in range(2, n + 1) if deg[v] == 1)
while q:
    v = q.popleft()
    removed[v] = True
    for w in adj[v]:
        if not removed[w]:
            size[w] += size[v]
            deg[w] -= 1
            if deg[w] == 1 and w != 1:
                q.append(w)
print(*size[1:])
''',
]
