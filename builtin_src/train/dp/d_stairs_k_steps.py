TITLE = "Staircase With Long Strides"
DIFFICULTY = "easy"
TAGS = ["dp"]
STATEMENT = """\
Takahashi stands at the bottom (step 0) of a staircase with N steps. In one move he climbs
between 1 and K steps, inclusive. He must land exactly on step N and never go beyond it.

Two ways of climbing are different if their sequences of move lengths differ. Count the ways
to reach step N and print the count modulo 1000000007.

Input
The input is given from Standard Input in the following format:
N K

Output
Print the number of ways modulo 1000000007.

Constraints
- 1 <= N <= 1000
- 1 <= K <= 10
- All values are integers.
"""


def tests(rng):
    cases = ["4 2\n", "5 3\n", "1 1\n", "1 10\n", "1000 1\n", "1000 10\n", "10 10\n", "3 5\n"]
    while len(cases) < 14:
        c = f"{rng.randint(1, 1000)} {rng.randint(1, 10)}\n"
        if c not in cases:
            cases.append(c)
    return cases


SOLUTIONS = [
r'''
n, k = map(int, input().split())
MOD = 10**9 + 7
ways = [0] * (n + 1)
ways[0] = 1
for i in range(1, n + 1):
    for s in range(1, min(k, i) + 1):
        ways[i] += ways[i - s]
    ways[i] %= MOD
print(ways[n])
''',
r'''
n, k = map(int, input().split())
MOD = 1000000007
dp = [1] + [0] * n
window = 1
for i in range(1, n + 1):
    dp[i] = window
    window = (window + dp[i]) % MOD
    if i - k >= 0:
        window = (window - dp[i - k]) % MOD
print(dp[n] % MOD)
''',
r'''
import sys
from functools import lru_cache
sys.setrecursionlimit(5000)
n, k = map(int, sys.stdin.read().split())

@lru_cache(maxsize=None)
def count(pos):
    if pos == n:
        return 1
    return sum(count(pos + s) for s in range(1, k + 1) if pos + s <= n) % 1000000007

print(count(0))
''',
r'''
from collections import deque
n, k = map(int, input().split())
last = deque([1], maxlen=k)
for _ in range(n):
    last.append(sum(last) % 1000000007)
print(last[-1])
''',
r'''
n, k = map(int, input().split())
reach = {0: 1}
for pos in range(n):
    cur = reach.get(pos, 0)
    for step in range(1, k + 1):
        if pos + step <= n:
            reach[pos + step] = (reach.get(pos + step, 0) + cur) % 1000000007
print(reach[n])
''',
]
