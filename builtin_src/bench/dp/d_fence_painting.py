TITLE = "Painting the Fence Posts"
DIFFICULTY = "medium"
TAGS = ["dp", "counting"]
STATEMENT = """\
A fence has N posts in a row, and each post must be painted with one of K colours. The owner
dislikes monotony: no three consecutive posts may all have the same colour. (Two neighbouring
posts of the same colour are fine.)

Count the number of ways to paint the fence and print the count modulo 1000000007. Two ways are
different if some post gets a different colour.

Input
The input is given from Standard Input in the following format:
N K

Output
Print the number of valid paintings modulo 1000000007.

Constraints
- 1 <= N <= 10^5
- 1 <= K <= 10^9
- All values are integers.
"""


def tests(rng):
    cases = ["3 2\n", "4 3\n", "1 1\n", "2 1\n", "3 1\n", "1 1000000000\n", "2 1000000000\n",
             "100000 1\n", "100000 2\n", "100000 1000000000\n", "5 1\n", "3 1000000000\n"]
    while len(cases) < 18:
        c = f"{rng.randint(1, 10**rng.randint(1, 5))} {rng.randint(1, rng.choice([3, 100, 10**9]))}\n"
        if c not in cases:
            cases.append(c)
    return cases


SOLUTIONS = [
r'''
n, k = map(int, input().split())
MOD = 10**9 + 7
# same: last two posts share a colour; diff: last post differs from the one before
same, diff = 0, k % MOD
for _ in range(n - 1):
    same, diff = diff, (same + diff) * (k - 1) % MOD
print((same + diff) % MOD)
''',
r'''
n, k = map(int, input().split())
M = 1000000007
ways = [0] * (n + 1)
ways[1] = k % M
if n >= 2:
    ways[2] = k * k % M
for i in range(3, n + 1):
    ways[i] = (ways[i - 1] + ways[i - 2]) * (k - 1) % M
print(ways[n])
''',
]
