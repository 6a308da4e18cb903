TITLE = "Shortest Loop in a Road Network"
DIFFICULTY = "hard"
TAGS = ["graphs", "bfs", "cycles"]
STATEMENT = """\
A road network has N junctions numbered 1 to N and M two-way roads; the i-th road connects
junctions U_i and V_i. No road connects a junction to itself, and no two roads connect the same
pair of junctions.

A loop is a route that starts and ends at the same junction, uses at least three roads, uses no
road twice, and visits no junction twice except for the shared start and end. Print the number
of roads in a shortest loop, or -1 if the network has no loop.

Input
The input is given from Standard Input in the following format:
N M
U_1 V_1
...
U_M V_M

Output
Print the length of a shortest loop, or -1 if there is none.

Constraints
- 1 <= N <= 200
- 0 <= M <= 1000
- 1 <= U_i < V_i <= N
- All pairs (U_i, V_i) are distinct.
- All values are integers.
"""


def tests(rng):
    def make(n, edges):
        edges = [(min(a, b), max(a, b)) for a, b in edges]
        return f"{n} {len(edges)}\n" + "".join(f"{a} {b}\n" for a, b in edges)

    def tree(n):
        return [(rng.randint(1, v - 1), v) for v in range(2, n + 1)]

    def rand(n, m):
        pairs = [(a, b) for a in range(1, n + 1) for b in range(a + 1, n + 1)]
        return make(n, rng.sample(pairs, min(m, len(pairs))))

    cases = [make(5, [(1, 2), (2, 3), (3, 4), (4, 1), (2, 5), (5, 3)]), make(4, [(1, 2), (2, 3), (3, 4)]),
             make(1, []), make(3, [(1, 2), (2, 3), (1, 3)]),
             make(200, [(i, i % 200 + 1) for i in range(1, 201)]), make(200, tree(200)),
             make(200, [(i, i + 1) for i in range(1, 100)] + [(101, 200)] + [(i, i + 1) for i in range(101, 200)]),
             make(4, [(1, 2), (1, 3), (1, 4), (2, 3), (2, 4), (3, 4)])]
    for n in (200, 150):
        e = tree(n)
        if (1, n) not in e:
            e.append((1, n))
        cases.append(make(n, e))
    cases.append(rand(200, 1000))
    cases.append(rand(200, 205))
    cases.append(rand(60, 70))
    while len(cases) < 17:
        n = rng.randint(3, 200)
        e = tree(n)
        extra = rng.randint(0, 3)
        for _ in range(extra):
            a, b = sorted(rng.sample(range(1, n + 1), 2))
            if (a, b) not in e and (b, a) not in e:
                e.append((a, b))
        cases.append(make(n, e))
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
best = float("inf")
for s in range(1, n + 1):
    dist = [-1] * (n + 1)
    par = [0] * (n + 1)
    dist[s] = 0
    q = deque([s])
    while q:
        v = q.popleft()
        for w in adj[v]:
            if dist[w] < 0:
                dist[w] = dist[v] + 1
                par[w] = v
                q.append(w)
            elif par[v] != w:
                best = min(best, dist[v] + dist[w] + 1)
print(best if best < float("inf") else -1)
''',
r'''
from collections import deque
n, m = map(int, input().split())
edges = [tuple(map(int, input().split())) for _ in range(m)]
adj = [set() for _ in range(n + 1)]
for u, v in edges:
    adj[u].add(v)
    adj[v].add(u)
answer = -1
for u, v in edges:
    # shortest path from u to v that avoids the edge (u, v)
    dist = {u: 0}
    q = deque([u])
    while q and v not in dist:
        x = q.popleft()
        for y in adj[x]:
            if (x, y) in ((u, v), (v, u)) or y in dist:
                continue
            dist[y] = dist[x] + 1
            q.append(y)
    if v in dist and (answer < 0 or dist[v] + 1 < answer):
        answer = dist[v] + 1
print(answer)
''',
]
