TITLE = "Pairs at an Exact Distance in a Tree"
DIFFICULTY = "hard"
TAGS = ["graphs", "trees", "bfs"]
STYLE = "call"
ENTRY_POINT = "pairs_at_distance"
STARTER_CODE = "class Solution:\n    def pairs_at_distance(self, n: int, edges: list[list[int]], d: int) -> int:\n        "
STATEMENT = """\
Implement `pairs_at_distance(n, edges, d)`. There is a tree with `n` vertices numbered 0 to
`n - 1`; `edges` is a list of its `n - 1` edges, each given as a two-element list `[u, v]`. The
distance between two vertices is the number of edges on the unique path between them.

Return the number of unordered pairs of distinct vertices {a, b} whose distance is exactly `d`.
Each pair is counted once, regardless of order. Return 0 if there are no such pairs.

Constraints
- 1 <= n <= 200
- len(edges) == n - 1, and the edges form a tree.
- 0 <= u, v < n
- 1 <= d <= 200
"""


def _tree(rng, n, spread):
    edges = [[rng.randint(max(0, v - spread), v - 1), v] for v in range(1, n)]
    perm = list(range(n))
    rng.shuffle(perm)
    edges = [[perm[a], perm[b]] for a, b in edges]
    rng.shuffle(edges)
    return edges


def tests(rng):
    cases = [[5, [[0, 1], [1, 2], [1, 3], [3, 4]], 2], [3, [[0, 1], [1, 2]], 3], [1, [], 1],
             [2, [[1, 0]], 1], [200, [[i, i + 1] for i in range(199)], 199],
             [200, [[i, i + 1] for i in range(199)], 1], [200, [[0, i] for i in range(1, 200)], 2],
             [200, [[0, i] for i in range(1, 200)], 1], [200, [[0, i] for i in range(1, 200)], 3],
             [200, [[(i - 1) // 2, i] for i in range(1, 200)], 7]]
    while len(cases) < 20:
        n = rng.randint(2, 200)
        cases.append([n, _tree(rng, n, rng.choice([1, 2, 5, n])), rng.randint(1, rng.choice([4, 20, 200]))])
    return cases


SOLUTIONS = [
r'''
from collections import deque


class Solution:
    def pairs_at_distance(self, n: int, edges: list[list[int]], d: int) -> int:
        adj = [[] for _ in range(n)]
        for u, v in edges:
            adj[u].append(v)
            adj[v].append(u)
        total = 0
        for s in range(n):
            dist = [-1] * n
            dist[s] = 0
            q = deque([s])
            while q:
                x = q.popleft()
                for y in adj[x]:
                    if dist[y] < 0:
                        dist[y] = dist[x] + 1
                        q.append(y)
            total += dist.count(d)
        return total // 2
''',
r'''
import sys
sys.setrecursionlimit(10000)


class Solution:
    def pairs_at_distance(self, n: int, edges: list[list[int]], d: int) -> int:
        adj = [[] for _ in range(n)]
        for u, v in edges:
            adj[u].append(v)
            adj[v].append(u)
        answer = 0

        def depths(v, parent):
            # cnt[i] = number of vertices in v's subtree at depth i below v
            nonlocal answer
            cnt = [1]
            for w in adj[v]:
                if w == parent:
                    continue
                child = [0] + depths(w, v)
                for i, c in enumerate(child):
                    if c and 0 <= d - i < len(cnt):
                        answer += c * cnt[d - i]
                if len(child) > len(cnt):
                    cnt += [0] * (len(child) - len(cnt))
                for i, c in enumerate(child):
                    cnt[i] += c
            return cnt

        depths(0, -1)
        return answer
''',
]
