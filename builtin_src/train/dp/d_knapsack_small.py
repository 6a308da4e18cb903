TITLE = "Backpack With a Weight Limit"
DIFFICULTY = "medium"
TAGS = ["dp", "knapsack"]
STATEMENT = """\
There are N items. Item i has weight W_i and value V_i. You may put any subset of the items
into a backpack, each item at most once, as long as the total weight of the chosen items does
not exceed the capacity C.

Print the maximum possible total value of the items in the backpack.

Input
The input is given from Standard Input in the following format:
N C
W_1 V_1
W_2 V_2
...
W_N V_N

Output
Print the maximum total value as an integer.

Constraints
- 1 <= N <= 40
- 1 <= C <= 1000
- 1 <= W_i <= 1000
- 1 <= V_i <= 10^6
- All values are integers.
"""


def tests(rng):
    def make(c, items):
        return f"{len(items)} {c}\n" + "".join(f"{w} {v}\n" for w, v in items)

    cases = [make(8, [(3, 30), (4, 50), (5, 60)]), make(5, [(6, 100), (7, 1)]),
             make(1, [(1, 1)]), make(1000, [(1000, 10**6)] * 40),
             make(1000, [(rng.randint(1, 60), 10**6) for _ in range(40)]),
             make(10, [(2, 3), (2, 3), (2, 3), (2, 3), (2, 3), (3, 5)])]
    while len(cases) < 15:
        n = rng.randint(1, 40)
        c = rng.randint(1, 1000)
        wmax = rng.choice([50, 300, 1000])
        cases.append(make(c, [(rng.randint(1, wmax), rng.randint(1, 10**6)) for _ in range(n)]))
    return cases


SOLUTIONS = [
r'''
n, cap = map(int, input().split())
best = [0] * (cap + 1)
for _ in range(n):
    w, v = map(int, input().split())
    for c in range(cap, w - 1, -1):
        if best[c - w] + v > best[c]:
            best[c] = best[c - w] + v
print(best[cap])
''',
r'''
n, cap = map(int, input().split())
items = [tuple(map(int, input().split())) for _ in range(n)]
table = [[0] * (cap + 1) for _ in range(n + 1)]
for i, (w, v) in enumerate(items, 1):
    for c in range(cap + 1):
        table[i][c] = table[i - 1][c]
        if c >= w:
            table[i][c] = max(table[i][c], table[i - 1][c - w] + v)
print(table[n][cap])
''',
r'''
import sys
from functools import lru_cache
data = list(map(int, sys.stdin.read().split()))
n, cap = data[0], data[1]
ws, vs = data[2::2], data[3::2]

@lru_cache(maxsize=None)
def f(i, room):
    if i == n:
        return 0
    res = f(i + 1, room)
    if ws[i] <= room:
        res = max(res, vs[i] + f(i + 1, room - ws[i]))
    return res

print(f(0, cap))
''',
r'''
n, cap = map(int, input().split())
states = {0: 0}  # total weight -> best value
for _ in range(n):
    w, v = map(int, input().split())
    for tw, tv in list(states.items()):
        nw = tw + w
        if nw <= cap and states.get(nw, -1) < tv + v:
            states[nw] = tv + v
print(max(states.values()))
''',
r'''
import sys
nums = list(map(int, sys.stdin.read().split()))
cap = nums[1]
dp = [0] * (cap + 1)
for w, v in zip(nums[2::2], nums[3::2]):
    dp = dp[:w] + [max(keep, take + v) for keep, take in zip(dp[w:], dp)]
print(dp[cap])
''',
]
