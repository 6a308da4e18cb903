TITLE = "Ways to Pay Exactly"
DIFFICULTY = "medium"
TAGS = ["dp", "counting"]
STATEMENT = """\
A shop accepts N kinds of coins with pairwise distinct values C_1, ..., C_N yen, and you have an
unlimited supply of each kind. Count the number of ways to pay exactly X yen.

Two ways are considered the same if they use the same number of coins of every kind; the order
in which coins are handed over does not matter. Print the count modulo 1000000007.

Input
The input is given from Standard Input in the following format:
N X
C_1 C_2 ... C_N

Output
Print the number of ways modulo 1000000007.

Constraints
- 1 <= N <= 20
- 1 <= X <= 1000
- 1 <= C_i <= 1000
- The C_i are pairwise distinct.
- All values are integers.
"""


def tests(rng):
    def make(x, coins):
        return f"{len(coins)} {x}\n{' '.join(map(str, coins))}\n"

    cases = [make(5, [1, 2, 5]), make(3, [2]), make(1, [1]), make(7, [10]), make(1000, [1]),
             make(1000, list(range(1, 21))), make(1000, [997, 3, 500, 250, 1000]),
             make(999, [2, 4, 6, 8])]
    while len(cases) < 15:
        n = rng.randint(1, 20)
        x = rng.randint(1, 1000)
        coins = rng.sample(range(1, rng.choice([25, 60, 400]) + 1), n)
        cases.append(make(x, coins))
    return cases


SOLUTIONS = [
r'''
n, x = map(int, input().split())
coins = list(map(int, input().split()))
MOD = 10**9 + 7
ways = [1] + [0] * x
for c in coins:
    for amount in range(c, x + 1):
        ways[amount] = (ways[amount] + ways[amount - c]) % MOD
print(ways[x])
''',
r'''
n, x = map(int, input().split())
c = list(map(int, input().split()))
MOD = 1000000007
table = [[0] * (x + 1) for _ in range(n + 1)]
table[0][0] = 1
for i in range(1, n + 1):
    for s in range(x + 1):
        table[i][s] = table[i - 1][s]
        if s >= c[i - 1]:
            table[i][s] += table[i][s - c[i - 1]]
        table[i][s] %= MOD
print(table[n][x])
''',
r'''
import sys
from functools import lru_cache
sys.setrecursionlimit(10000)
n, x, *coins = map(int, sys.stdin.read().split())

@lru_cache(maxsize=None)
def ways(i, rest):
    if rest == 0:
        return 1
    if i == n:
        return 0
    res = ways(i + 1, rest)
    if coins[i] <= rest:
        res += ways(i, rest - coins[i])
    return res % 1000000007

print(ways(0, x))
''',
r'''
import sys
n, x, *coins = map(int, sys.stdin.read().split())
poly = [1] + [0] * x
for c in coins:
    for r in range(c):
        running = 0
        for s in range(r, x + 1, c):
            running += poly[s]
            poly[s] = running % 1000000007
print(poly[x])
''',
r'''
n, x = map(int, input().split())
coins = sorted(map(int, input().split()))
upto = [[1] * n]  # upto[a][i]: ways to pay a yen with the first i+1 kinds of coins
for a in range(1, x + 1):
    row = []
    for i, c in enumerate(coins):
        v = row[i - 1] if i else 0
        if c <= a:
            v += upto[a - c][i]
        row.append(v % 1000000007)
    upto.append(row)
print(upto[x][-1])
''',
]
