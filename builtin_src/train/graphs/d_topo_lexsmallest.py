TITLE = "Course Schedule in Number Order"
DIFFICULTY = "medium"
TAGS = ["graphs", "topological sort", "heap"]
STATEMENT = """\
There are N courses numbered 1 to N and M prerequisite rules. The i-th rule says that course A_i
must be taken before course B_i. You take the courses one at a time, each exactly once.

Among all orders that satisfy every rule, find the lexicographically smallest one: it has the
smallest first course, among those the smallest second course, and so on. If no order satisfies
all rules, print -1.

Input
The input is given from Standard Input in the following format:
N M
A_1 B_1
...
A_M B_M

Output
If a valid order exists, print the N course numbers of the lexicographically smallest valid
order on one line, separated by spaces. Otherwise print -1.

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
        return edges

    cases = [make(4, [(3, 1), (2, 4), (3, 2)]), make(3, [(1, 2), (2, 3), (3, 1)]), make(1, []),
             make(5, []), make(200, [(i + 1, i) for i in range(1, 200)]),
             make(200, [(i, i + 1) for i in range(1, 200)] + [(200, 1)])]
    while len(cases) < 15:
        n = rng.randint(2, 200)
        edges = dag(n, rng.randint(0, min(1000, n * rng.choice([1, 3]))))
        if rng.random() < 0.3:
            a, b = rng.choice(edges) if edges else (1, 2)
            edges.append((b, a))
        cases.append(make(n, edges))
    return cases


SOLUTIONS = [
r'''
import heapq
n, m = map(int, input().split())
out = [[] for _ in range(n + 1)]
indeg = [0] * (n + 1)
for _ in range(m):
    a, b = map(int, input().split())
    out[a].append(b)
    indeg[b] += 1
heap = [v for v in range(1, n + 1) if indeg[v] == 0]
heapq.heapify(heap)
order = []
while heap:
    v = heapq.heappop(heap)
    order.append(v)
    for w in out[v]:
        indeg[w] -= 1
        if indeg[w] == 0:
            heapq.heappush(heap, w)
print(*order if len(order) == n else [-1])
''',
r'''
import sys
it = iter(map(int, sys.stdin.read().split()))
n, m = next(it), next(it)
succ = [[] for _ in range(n + 1)]
need = [0] * (n + 1)
for a, b in zip(it, it):
    succ[a].append(b)
    need[b] += 1
placed = [False] * (n + 1)
result = []
progress = True
while progress:
    progress = False
    for v in range(1, n + 1):
        if not placed[v] and need[v] == 0:
            placed[v] = progress = True
            result.append(v)
            for w in succ[v]:
                need[w] -= 1
            break
print(" ".join(map(str, result)) if len(result) == n else -1)
''',
r'''
import sys
from bisect import insort
data = list(map(int, sys.stdin.read().split()))
n = data[0]
adj = {v: [] for v in range(1, n + 1)}
deg = {v: 0 for v in range(1, n + 1)}
for a, b in zip(data[2::2], data[3::2]):
    adj[a].append(b)
    deg[b] += 1
ready = sorted(v for v in deg if deg[v] == 0)
ans = []
while ready:
    v = ready.pop(0)
    ans.append(v)
    for w in adj[v]:
        deg[w] -= 1
        if not deg[w]:
            insort(ready, w)
print(*(ans if len(ans) == n else [-1]))
''',
r'''
n, m = map(int, input().split())
before = {v: set() for v in range(1, n + 1)}
for _ in range(m):
    a, b = map(int, input().split())
    before[b].add(a)
seq = []
while before:
    free = [v for v, req in before.items() if not req]
    if not free:
        break
    v = min(free)
    seq.append(v)
    del before[v]
    for req in before.values():
        req.discard(v)
print(*seq) if not before else print(-1)
''',
r'''
n, m = map(int, input().split())
edges = [tuple(map(int, input().split())) for _ in range(m)]
indegree = [0] * (n + 1)
children = [[] for _ in range(n + 1)]
for a, b in edges:
    indegree[b] += 1
    children[a].append(b)
available = {v for v in range(1, n + 1) if indegree[v] == 0}
order = []
while available:
    v = min(available)
    available.remove(v)
    order.append(v)
    for c in children[v]:
        indegree[c] -= 1
        if indegree[c] == 0:
            available.add(c)
if len(order) < n:
    order = [-1]
print(" ".join(str(x) for x in order))
''',
]
