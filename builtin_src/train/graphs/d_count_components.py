TITLE = "Islands of Friendship"
DIFFICULTY = "easy"
TAGS = ["graphs", "union-find", "dfs"]
STATEMENT = """\
A town has N residents numbered 1 to N. There are M friendships; the i-th says that residents
U_i and V_i are friends (friendship is mutual). Two residents belong to the same group if one
can reach the other through a chain of friendships. A resident with no friends forms a group
alone.

Print the number of groups.

Input
The input is given from Standard Input in the following format:
N M
U_1 V_1
...
U_M V_M

Output
Print the number of groups as an integer.

Constraints
- 1 <= N <= 200
- 0 <= M <= 1000
- 1 <= U_i, V_i <= N, U_i != V_i
- The same pair may appear more than once.
- All values are integers.
"""


def tests(rng):
    def make(n, edges):
        return f"{n} {len(edges)}\n" + "".join(f"{u} {v}\n" for u, v in edges)

    def rand(n, m):
        edges = []
        for _ in range(m):
            u, v = rng.sample(range(1, n + 1), 2)
            edges.append((u, v))
        return make(n, edges)

    cases = [make(5, [(1, 2), (2, 3), (4, 5)]), make(4, []), make(1, []), make(2, [(1, 2), (2, 1)]),
             make(200, [(i, i + 1) for i in range(1, 200)]), make(200, []),
             make(200, [(2 * i - 1, 2 * i) for i in range(1, 101)])]
    while len(cases) < 14:
        n = rng.randint(2, 200)
        cases.append(rand(n, rng.randint(0, min(1000, n * rng.choice([1, 2, 5])))))
    return cases


SOLUTIONS = [
r'''
n, m = map(int, input().split())
parent = list(range(n + 1))

def find(x):
    while parent[x] != x:
        parent[x] = parent[parent[x]]
        x = parent[x]
    return x

groups = n
for _ in range(m):
    a, b = map(int, input().split())
    ra, rb = find(a), find(b)
    if ra != rb:
        parent[ra] = rb
        groups -= 1
print(groups)
''',
r'''
import sys
sys.setrecursionlimit(10000)
n, m = map(int, input().split())
adj = [[] for _ in range(n + 1)]
for _ in range(m):
    u, v = map(int, input().split())
    adj[u].append(v)
    adj[v].append(u)
seen = [False] * (n + 1)

def dfs(v):
    seen[v] = True
    for w in adj[v]:
        if not seen[w]:
            dfs(w)

count = 0
for v in range(1, n + 1):
    if not seen[v]:
        count += 1
        dfs(v)
print(count)
''',
r'''
from collections import deque
import sys
data = list(map(int, sys.stdin.read().split()))
n = data[0]
adj = {v: [] for v in range(1, n + 1)}
for u, v in zip(data[2::2], data[3::2]):
    adj[u].append(v)
    adj[v].append(u)
unvisited = set(adj)
comps = 0
while unvisited:
    start = unvisited.pop()
    comps += 1
    q = deque([start])
    while q:
        x = q.popleft()
        for y in adj[x]:
            if y in unvisited:
                unvisited.remove(y)
                q.append(y)
print(comps)
''',
r'''
n, m = map(int, input().split())
edges = [tuple(map(int, input().split())) for _ in range(m)]
label = list(range(n + 1))
changed = True
while changed:
    changed = False
    for u, v in edges:
        low = min(label[u], label[v])
        if label[u] != low or label[v] != low:
            label[u] = label[v] = low
            changed = True
print(len(set(label[1:])))
''',
r'''
n, m = map(int, input().split())
comp_of = {v: {v} for v in range(1, n + 1)}
for _ in range(m):
    u, v = map(int, input().split())
    a, b = comp_of[u], comp_of[v]
    if a is not b:
        if len(a) < len(b):
            a, b = b, a
        a |= b
        for w in b:
            comp_of[w] = a
print(len({id(s) for s in comp_of.values()}))
''',
]
