TITLE = "One-Way Streets"
DIFFICULTY = "easy"
TAGS = ["graphs", "bfs", "dfs"]
STATEMENT = """\
A city has N intersections numbered 1 to N and M one-way streets. The i-th street lets you drive
from intersection A_i to intersection B_i, but not in the opposite direction.

Determine whether you can drive from intersection S to intersection T using the streets. If
S = T, the answer is always yes.

Input
The input is given from Standard Input in the following format:
N M S T
A_1 B_1
...
A_M B_M

Output
Print `Yes` if T can be reached from S, and `No` otherwise.

Constraints
- 1 <= N <= 200
- 0 <= M <= 1000
- 1 <= S, T <= N
- 1 <= A_i, B_i <= N, A_i != B_i
- All values are integers.
"""


def tests(rng):
    def make(n, s, t, edges):
        return f"{n} {len(edges)} {s} {t}\n" + "".join(f"{a} {b}\n" for a, b in edges)

    cases = [make(4, 1, 4, [(1, 2), (2, 3), (3, 4)]), make(3, 3, 1, [(1, 2), (2, 3)]),
             make(1, 1, 1, []), make(2, 1, 2, []), make(2, 2, 2, [(1, 2)]),
             make(200, 1, 200, [(i, i + 1) for i in range(1, 200)]),
             make(200, 200, 1, [(i, i + 1) for i in range(1, 200)])]
    while len(cases) < 15:
        n = rng.randint(2, 200)
        m = rng.randint(0, min(1000, n * rng.choice([1, 2, 4])))
        edges = [tuple(rng.sample(range(1, n + 1), 2)) for _ in range(m)]
        cases.append(make(n, rng.randint(1, n), rng.randint(1, n), edges))
    return cases


SOLUTIONS = [
r'''
from collections import deque
n, m, s, t = map(int, input().split())
adj = [[] for _ in range(n + 1)]
for _ in range(m):
    a, b = map(int, input().split())
    adj[a].append(b)
seen = [False] * (n + 1)
seen[s] = True
q = deque([s])
while q:
    v = q.popleft()
    for w in adj[v]:
        if not seen[w]:
            seen[w] = True
            q.append(w)
print("Yes" if seen[t] else "No")
''',
r'''
import sys
sys.setrecursionlimit(10000)
n, m, s, t = map(int, input().split())
out = {v: set() for v in range(1, n + 1)}
for _ in range(m):
    a, b = map(int, input().split())
    out[a].add(b)
visited = set()

def go(v):
    visited.add(v)
    for w in out[v] - visited:
        if w not in visited:
            go(w)

go(s)
print("Yes" if t in visited else "No")
''',
r'''
import sys
nums = list(map(int, sys.stdin.read().split()))
n, m, s, t = nums[:4]
edges = list(zip(nums[4::2], nums[5::2]))
reach = [1 << v for v in range(n + 1)]  # reach[v]: bitmask of vertices reachable from v
stable = False
while not stable:
    stable = True
    for a, b in edges:
        if reach[a] | reach[b] != reach[a]:
            reach[a] |= reach[b]
            stable = False
print("Yes" if reach[s] >> t & 1 else "No")
''',
r'''
n, m, s, t = map(int, input().split())
edges = [tuple(map(int, input().split())) for _ in range(m)]
known = {s}
frontier = {s}
while frontier:
    frontier = {b for a, b in edges if a in frontier} - known
    known |= frontier
print(["No", "Yes"][t in known])
''',
r'''
n, m, s, t = map(int, input().split())
edges = [list(map(int, input().split())) for _ in range(m)]
ok = [False] * (n + 1)
ok[s] = True
for _ in range(n):
    updated = False
    for a, b in edges:
        if ok[a] and not ok[b]:
            ok[b] = updated = True
    if not updated:
        break
if ok[t]:
    print("Yes")
else:
    print("No")
''',
]
