TITLE = "Starting Points of a Network"
DIFFICULTY = "easy"
TAGS = ["graphs", "degree"]
STATEMENT = """\
A directed network has N nodes numbered 1 to N and M links. The i-th link goes from node A_i to
node B_i. A node is called a starting point if no link arrives at it (links leaving the node
do not matter).

Print the number of starting points.

Input
The input is given from Standard Input in the following format:
N M
A_1 B_1
...
A_M B_M

Output
Print the number of starting points as an integer.

Constraints
- 1 <= N <= 10^4
- 0 <= M <= 10^4
- 1 <= A_i, B_i <= N, A_i != B_i
- All values are integers.
"""


def tests(rng):
    def make(n, edges):
        return f"{n} {len(edges)}\n" + "".join(f"{a} {b}\n" for a, b in edges)

    def rand(n, m):
        return make(n, [tuple(rng.sample(range(1, n + 1), 2)) for _ in range(m)])

    cases = [make(4, [(1, 2), (3, 2), (2, 4)]), make(3, [(1, 2), (2, 3), (3, 1)]), make(1, []),
             make(5, []), make(2, [(1, 2), (1, 2)]), make(10000, [(1, v) for v in range(2, 10001)]),
             make(10000, [(v, 1) for v in range(2, 10001)]), rand(10000, 10000), rand(2, 1)]
    while len(cases) < 16:
        n = rng.randint(2, 1000)
        cases.append(rand(n, rng.randint(0, min(10000, n * rng.choice([1, 2, 5])))))
    return cases


SOLUTIONS = [
r'''
import sys
input = sys.stdin.readline
n, m = map(int, input().split())
has_in = [False] * (n + 1)
for _ in range(m):
    a, b = map(int, input().split())
    has_in[b] = True
print(n - sum(has_in))
''',
r'''
import sys
data = sys.stdin.read().split()
n = int(data[0])
targets = set(data[3::2])
print(n - len(targets))
''',
]
