TITLE = "Longest Chain of Tasks"
DIFFICULTY = "hard"
TAGS = ["graphs", "dag", "dp", "topological sort"]
STATEMENT = """\
You are given a directed acyclic graph with N vertices numbered 1 to N and M edges; the i-th
edge goes from vertex X_i to vertex Y_i. The graph contains no directed cycle.

Print the number of edges in a longest directed path of the graph. A path consisting of a
single vertex has length 0.

Input
The input is given from Standard Input in the following format:
N M
X_1 Y_1
...
X_M Y_M

Output
Print the length of a longest directed path as an integer.

Constraints
- 1 <= N <= 200
- 0 <= M <= 1000
- 1 <= X_i, Y_i <= N, X_i != Y_i
- The graph is acyclic.
- All values are integers.
"""


def tests(rng):
    def make(n, edges):
        return f"{n} {len(edges)}\n" + "".join(f"{a} {b}\n" for a, b in edges)

    def dag(n, m, span):
        order = list(range(1, n + 1))
        rng.shuffle(order)
        edges = []
        for _ in range(m):
            i = rng.randint(0, n - 2)
            j = rng.randint(i + 1, min(n - 1, i + span))
            edges.append((order[i], order[j]))
        return edges

    cases = [make(4, [(1, 2), (1, 3), (3, 2), (2, 4)]), make(5, [(5, 3), (2, 3), (5, 4)]),
             make(1, []), make(3, []), make(200, [(i + 1, i) for i in range(1, 200)]),
             make(200, [(a, b) for a in range(1, 201) for b in range(a + 1, min(a + 6, 201))][:1000])]
    while len(cases) < 15:
        n = rng.randint(2, 200)
        cases.append(make(n, dag(n, rng.randint(0, min(1000, n * rng.choice([1, 2, 5]))), rng.choice([1, 3, n]))))
    return cases


SOLUTIONS = [
r'''
from collections import deque
n, m = map(int, input().split())
out = [[] for _ in range(n + 1)]
indeg = [0] * (n + 1)
for _ in range(m):
    x, y = map(int, input().split())
    out[x].append(y)
    indeg[y] += 1
longest = [0] * (n + 1)
q = deque(v for v in range(1, n + 1) if indeg[v] == 0)
while q:
    v = q.popleft()
    for w in out[v]:
        longest[w] = max(longest[w], longest[v] + 1)
        indeg[w] -= 1
        if indeg[w] == 0:
            q.append(w)
print(max(longest))
''',
r'''
import sys
from functools import lru_cache
sys.setrecursionlimit(10000)
n, m = map(int, input().split())
succ = [[] for _ in range(n + 1)]
for _ in range(m):
    x, y = map(int, input().split())
    succ[x].append(y)

@lru_cache(maxsize=None)
def from_here(v):
    return max((1 + from_here(w) for w in succ[v]), default=0)

print(max(from_here(v) for v in range(1, n + 1)))
''',
r'''
import sys
sys.setrecursionlimit(10000)
data = list(map(int, sys.stdin.read().split()))
n = data[0]
g = {v: [] for v in range(1, n + 1)}
for x, y in zip(data[2::2], data[3::2]):
    g[x].append(y)
post = []
seen = set()

def visit(v):
    seen.add(v)
    for w in g[v]:
        if w not in seen:
            visit(w)
    post.append(v)

for v in g:
    if v not in seen:
        visit(v)
best = {}
for v in post:  # post-order: successors come first
    best[v] = max([best[w] + 1 for w in g[v]] + [0])
print(max(best.values()))
''',
r'''
n, m = map(int, input().split())
edges = [tuple(map(int, input().split())) for _ in range(m)]
d = [0] * (n + 1)
changed = True
while changed:
    changed = False
    for x, y in edges:
        if d[x] + 1 > d[y]:
            d[y] = d[x] + 1
            changed = True
print(max(d))
''',
r'''
n, m = map(int, input().split())
preds = {v: set() for v in range(1, n + 1)}
for _ in range(m):
    x, y = map(int, input().split())
    preds[y].add(x)
remaining = set(preds)
layers = 0
while remaining:
    sources = {v for v in remaining if not preds[v] & remaining}
    remaining -= sources
    layers += 1
print(layers - 1)
''',
]
