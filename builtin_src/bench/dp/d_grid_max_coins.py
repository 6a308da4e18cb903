TITLE = "Treasure Along a Monotone Path"
DIFFICULTY = "medium"
TAGS = ["dp", "grid"]
STATEMENT = """\
A cave is a grid with H rows and W columns. The square in row i (from the top) and column j
(from the left) holds A_{i,j} gold coins. An explorer starts at square (1, 1), repeatedly moves
one square right or one square down, and stops at square (H, W). She collects the coins of
every square she visits, including the first and the last.

Print the maximum number of coins she can collect.

Input
The input is given from Standard Input in the following format:
H W
A_{1,1} A_{1,2} ... A_{1,W}
...
A_{H,1} A_{H,2} ... A_{H,W}

Output
Print the maximum number of coins as an integer.

Constraints
- 1 <= H, W <= 100
- 0 <= A_{i,j} <= 10^6
- All values are integers.
"""


def tests(rng):
    def make(g):
        return f"{len(g)} {len(g[0])}\n" + "".join(" ".join(map(str, r)) + "\n" for r in g)

    def rand(h, w, hi):
        return make([[rng.randint(0, hi) for _ in range(w)] for _ in range(h)])

    cases = [make([[1, 3, 1], [1, 5, 1], [4, 2, 1]]), make([[0, 9], [9, 0]]), make([[5]]), make([[0]]),
             make([list(range(100))]), make([[i] for i in range(100)]),
             make([[10**6] * 100 for _ in range(100)]), make([[0] * 100 for _ in range(100)])]
    cases.append(rand(100, 100, 10**6))
    cases.append(rand(100, 100, 1))
    while len(cases) < 16:
        cases.append(rand(rng.randint(1, 100), rng.randint(1, 100), rng.choice([1, 9, 10**6])))
    return cases


SOLUTIONS = [
r'''
h, w = map(int, input().split())
a = [list(map(int, input().split())) for _ in range(h)]
best = [[0] * w for _ in range(h)]
for i in range(h):
    for j in range(w):
        prev = 0
        if i and j:
            prev = max(best[i - 1][j], best[i][j - 1])
        elif i:
            prev = best[i - 1][j]
        elif j:
            prev = best[i][j - 1]
        best[i][j] = prev + a[i][j]
print(best[h - 1][w - 1])
''',
r'''
import sys
data = sys.stdin.read().split()
h, w = int(data[0]), int(data[1])
vals = list(map(int, data[2:]))
row = [float("-inf")] * w
row[0] = 0
for i in range(h):
    left = float("-inf")
    for j in range(w):
        left = max(left, row[j]) + vals[i * w + j]
        row[j] = left
print(row[-1])
''',
]
