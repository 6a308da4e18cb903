TITLE = "Circular Dependencies"
DIFFICULTY = "medium"
TAGS = ["graphs", "dfs", "cycle detection"]
STATEMENT = """\
A build system has N modules numbered 1 to N and M dependencies. The i-th dependency says that
module A_i needs module B_i. A circular dependency exists if you can start at some module,
repeatedly move from a module to a module it needs, and return to the starting module after at
least one move.

Determine whether a circular dependency exists.

Input
The input is given from Standard Input in the following format:
N M
A_1 B_1
...
A_M B_M

Output
Print `Yes` if there is a circular dependency, and `No` otherwise.

Constraints
- 1 <= N <= 200
- 0 <= M <= 1000
- 1 <= A_i, B_i <= N, A_i != B_i
- All values are integers.
"""


def tests(rng):
    def make(n, edges):
        return f"{n} {len(edges)}\n" + "".join(f"{a} {b}\n" for a, b in edges)

    def dag(n, m):
        order = list(range(1, n + 1))
        rng.shuffle(order)
        edges = []
        for _ in range(m):
            i, j = sorted(rng.sample(range(n), 2))
            edges.append((order[i], order[j]))
        return edges, order

    cases = [make(3, [(1, 2), (2, 3), (3, 1)]), make(4, [(1, 2), (1, 3), (2, 4), (3, 4)]),
             make(1, []), make(2, [(1, 2), (2, 1)]), make(200, [(i, i + 1) for i in range(1, 200)]),
             make(200, [(i, i + 1) for i in range(1, 200)] + [(200, 1)])]
    while len(cases) < 16:
        n = rng.randint(2, 200)
        edges, order = dag(n, rng.randint(0, min(1000, n * rng.choice([1, 3]))))
        if len(cases) % 2 == 0:
            i, j = sorted(rng.sample(range(n), 2))
            edges.append((order[j], order[i]))
            rng.shuffle(edges)
        cases.append(make(n, edges))
    return cases


SOLUTIONS = [
r'''
from collections import deque
n, m = map(int, input().split())
out = [[] for _ in range(n + 1)]
indeg = [0] * (n + 1)
for _ in range(m):
    a, b = map(int, input().split())
    out[a].append(b)
    indeg[b] += 1
q = deque(v for v in range(1, n + 1) if indeg[v] == 0)
removed = 0
while q:
    v = q.popleft()
    removed += 1
    for w in out[v]:
        indeg[w] -= 1
        if indeg[w] == 0:
            q.append(w)
print("Yes" if removed < n else "No")
''',
r'''
import sys
sys.setrecursionlimit(10000)
n, m = map(int, input().split())
g = [[] for _ in range(n + 1)]
for _ in range(m):
    a, b = map(int, input().split())
    g[a].append(b)
state = [0] * (n + 1)  # 0 new, 1 on the current path, 2 finished

def has_cycle(v):
    state[v] = 1
    for w in g[v]:
        if state[w] == 1 or (state[w] == 0 and has_cycle(w)):
            return True
    state[v] = 2
    return False

print("Yes" if any(state[v] == 0 and has_cycle(v) for v in range(1, n + 1)) else "No")
''',
r'''
import sys
data = list(map(int, sys.stdin.read().split()))
n = data[0]
adj = [[] for _ in range(n + 1)]
for a, b in zip(data[2::2], data[3::2]):
    adj[a].append(b)
color = [0] * (n + 1)
found = False
for s in range(1, n + 1):
    if color[s] or found:
        continue
    color[s] = 1
    stack = [(s, iter(adj[s]))]
    while stack and not found:
        v, it = stack[-1]
        w = next(it, None)
        if w is None:
            color[v] = 2
            stack.pop()
        elif color[w] == 1:
            found = True
        elif color[w] == 0:
            color[w] = 1
            stack.append((w, iter(adj[w])))
print("Yes" if found else "No")
''',
r'''
n, m = map(int, input().split())
edges = [tuple(map(int, input().split())) for _ in range(m)]
reach = [0] * (n + 1)  # bitmask of vertices reachable in one or more moves
for a, b in edges:
    reach[a] |= 1 << b
while True:
    before = reach[:]
    for a, b in edges:
        reach[a] |= reach[b]
    if reach == before:
        break
print("Yes" if any(reach[v] >> v & 1 for v in range(1, n + 1)) else "No")
''',
r'''
n, m = map(int, input().split())
needs = {v: set() for v in range(1, n + 1)}
for _ in range(m):
    a, b = map(int, input().split())
    needs[a].add(b)
alive = set(needs)
while True:
    sinks = {v for v in alive if not (needs[v] & alive)}
    if not sinks:
        break
    alive -= sinks
print("Yes" if alive else "No")
''',
]
