TITLE = "How Many Neighbours"
DIFFICULTY = "easy"
TAGS = ["graphs"]
STATEMENT = """\
You are given a simple undirected graph with N vertices numbered 1 to N and M edges. The i-th
edge connects vertices U_i and V_i. The degree of a vertex is the number of edges that have it
as an endpoint.

Print the degree of every vertex.

Input
The input is given from Standard Input in the following format:
N M
U_1 V_1
...
U_M V_M

Output
Print N integers separated by spaces on one line: the degrees of vertices 1, 2, ..., N in this
order.

Constraints
- 1 <= N <= 100
- 0 <= M <= 1000
- 1 <= U_i < V_i <= N
- No two edges connect the same pair of vertices.
- All values are integers.
"""


def tests(rng):
    def make(n, edges):
        return f"{n} {len(edges)}\n" + "".join(f"{u} {v}\n" for u, v in edges)

    def rand(n, m):
        pairs = [(u, v) for u in range(1, n + 1) for v in range(u + 1, n + 1)]
        return make(n, rng.sample(pairs, min(m, len(pairs))))

    cases = [make(4, [(1, 2), (1, 3), (3, 4)]), make(3, []), make(1, []), make(2, [(1, 2)]),
             make(45, [(u, v) for u in range(1, 46) for v in range(u + 1, 46)]),
             make(100, [(1, v) for v in range(2, 101)])]
    while len(cases) < 14:
        c = rand(rng.randint(3, 100), rng.randint(0, 1000))
        if c not in cases:
            cases.append(c)
    return cases


SOLUTIONS = [
r'''
n, m = map(int, input().split())
deg = [0] * (n + 1)
for _ in range(m):
    u, v = map(int, input().split())
    deg[u] += 1
    deg[v] += 1
print(*deg[1:])
''',
r'''
import sys
from collections import Counter
tokens = sys.stdin.read().split()
n = int(tokens[0])
cnt = Counter(tokens[2:])
print(" ".join(str(cnt[str(v)]) for v in range(1, n + 1)))
''',
r'''
import sys
from collections import defaultdict
first, *rest = sys.stdin.read().splitlines()
n = int(first.split()[0])
neighbours = defaultdict(set)
for line in rest:
    if line.strip():
        u, v = line.split()
        neighbours[u].add(v)
        neighbours[v].add(u)
print(" ".join(str(len(neighbours[str(i)])) for i in range(1, n + 1)))
''',
r'''
n, m = map(int, input().split())
ends = []
for _ in range(m):
    ends += input().split()
print(*[ends.count(str(v)) for v in range(1, n + 1)])
''',
r'''
import sys
from bisect import bisect_left, bisect_right
data = list(map(int, sys.stdin.read().split()))
n = data[0]
pts = sorted(data[2:])
result = []
for v in range(1, n + 1):
    result.append(bisect_right(pts, v) - bisect_left(pts, v))
print(*result)
''',
]
