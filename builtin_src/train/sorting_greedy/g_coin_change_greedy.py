TITLE = "Fewest Coins"
DIFFICULTY = "medium"
TAGS = ["greedy", "coins"]
STATEMENT = """\
A country uses coins worth 1, 5, 10, 50, 100 and 500 yen, and you have an unlimited number of
each. You want to pay exactly X yen. Print the minimum number of coins needed.

Input
The input is given from Standard Input in the following format:
X

Output
Print the minimum number of coins whose values add up to exactly X.

Constraints
- 1 <= X <= 10000
- X is an integer.
"""


def tests(rng):
    cases = ["1234\n", "4\n", "1\n", "10000\n", "499\n", "500\n", "999\n", "55\n", "9999\n"]
    while len(cases) < 15:
        case = f"{rng.randint(1, 10000)}\n"
        if case not in cases:
            cases.append(case)
    return cases


SOLUTIONS = [
r'''
x = int(input())
count = 0
for c in (500, 100, 50, 10, 5, 1):
    q, x = divmod(x, c)
    count += q
print(count)
''',
r'''
x = int(input())
coins = [500, 100, 50, 10, 5, 1]
used = 0
i = 0
while x > 0:
    if coins[i] <= x:
        x -= coins[i]
        used += 1
    else:
        i += 1
print(used)
''',
r'''
def pay(amount, coins):
    if amount == 0:
        return 0
    top = coins[0]
    return amount // top + pay(amount % top, coins[1:])

print(pay(int(input()), [500, 100, 50, 10, 5, 1]))
''',
r'''
x = int(input())
INF = float("inf")
best = [0] + [INF] * x
for v in range(1, x + 1):
    best[v] = 1 + min(best[v - c] for c in (1, 5, 10, 50, 100, 500) if c <= v)
print(best[x])
''',
r'''
from functools import reduce
x = int(input())
total, rest = reduce(lambda acc, c: (acc[0] + acc[1] // c, acc[1] % c), [500, 100, 50, 10, 5, 1], (0, x))
print(total)
''',
]
