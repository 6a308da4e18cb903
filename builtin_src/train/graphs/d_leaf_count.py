TITLE = "Counting Leaves"
DIFFICULTY = "easy"
TAGS = ["graphs", "trees"]
STATEMENT = """\
You are given a tree with N vertices numbered 1 to N; the i-th of its N-1 edges connects
vertices U_i and V_i. The tree is rooted at vertex 1. A vertex is called a leaf if it has no
children, that is, every neighbour of it lies on its path to the root. The root is never a leaf
here because N >= 2.

Print the number of leaves.

Input
The input is given from Standard Input in the following format:
N
U_1 V_1
...
U_{N-1} V_{N-1}

Output
Print the number of leaves as an integer.

Constraints
- 2 <= N <= 200
- 1 <= U_i, V_i <= N
- The given graph is a tree.
- All values are integers.
"""


def _tree(rng, n, spread):
    edges = []
    for v in range(2, n + 1):
        edges.append((rng.randint(max(1, v - spread), v - 1), v))
    perm = list(range(1, n + 1))
    rng.shuffle(perm)
    edges = [(perm[a - 1], perm[b - 1]) for a, b in edges]
    rng.shuffle(edges)
    return edges


def tests(rng):
    def make(n, edges):
        return f"{n}\n" + "".join(f"{u} {v}\n" for u, v in edges)

    cases = [make(5, [(1, 2), (2, 3), (2, 4), (4, 5)]), make(4, [(2, 1), (3, 1), (4, 1)]),
             make(2, [(1, 2)]), make(3, [(2, 1), (2, 3)]), make(200, [(v, v + 1) for v in range(1, 200)]),
             make(200, [(100, v) for v in range(1, 201) if v != 100]),
             make(200, [(1, v) for v in range(2, 201)])]
    while len(cases) < 15:
        n = rng.randint(2, 200)
        cases.append(make(n, _tree(rng, n, rng.choice([1, 3, n]))))
    return cases


SOLUTIONS = [
r'''
n = int(input())
deg = [0] * (n + 1)
for _ in range(n - 1):
    u, v = map(int, input().split())
    deg[u] += 1
    deg[v] += 1
print(sum(1 for v in range(2, n + 1) if deg[v] == 1))
''',
r'''
from collections import deque
n = int(input())
adj = [[] for _ in range(n + 1)]
for _ in range(n - 1):
    u, v = map(int, input().split())
    adj[u].append(v)
    adj[v].append(u)
children = [0] * (n + 1)
visited = [False] * (n + 1)
visited[1] = True
dq = deque([1])
while dq:
    v = dq.popleft()
    for w in adj[v]:
        if not visited[w]:
            visited[w] = True
            children[v] += 1
            dq.append(w)
print(children[1:].count(0))
''',
r'''
import sys
sys.setrecursionlimit(10000)
n = int(sys.stdin.readline())
tree = [[] for _ in range(n + 1)]
for line in sys.stdin:
    if line.strip():
        a, b = map(int, line.split())
        tree[a].append(b)
        tree[b].append(a)

def leaves(v, p):
    kids = [w for w in tree[v] if w != p]
    if not kids:
        return 1
    return sum(leaves(w, v) for w in kids)

print(leaves(1, 0))
''',
r'''
import sys
from collections import Counter
ends = sys.stdin.read().split()[1:]
c = Counter(ends)
print(len([v for v, k in c.items() if k == 1 and v != "1"]))
''',
r'''
n = int(input())
adj = {v: [] for v in range(1, n + 1)}
for _ in range(n - 1):
    u, v = map(int, input().split())
    adj[u].append(v)
    adj[v].append(u)
parent = {1: None}
stack = [1]
while stack:
    v = stack.pop()
    for w in adj[v]:
        if w not in parent:
            parent[w] = v
            stack.append(w)
has_child = set(parent.values())
print(n - len(has_child - {None}))
''',
]
