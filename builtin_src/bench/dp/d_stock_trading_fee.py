TITLE = "Trading With a Commission"
DIFFICULTY = "medium"
TAGS = ["dp", "state machine"]
STATEMENT = """\
The price of one share of a stock on day i is P_i yen, for days 1 to N. You start with no
shares. On each day you may do at most one of the following: buy one share at that day's price
(only if you currently hold no share), or sell your share at that day's price (only if you hold
one). You can never hold more than one share. Every sale costs an extra commission of F yen.

Your profit is the total money received from sales minus the money spent on purchases and
commissions. Print the maximum possible profit; doing nothing gives a profit of 0. Holding a
share at the end gives no extra value.

Input
The input is given from Standard Input in the following format:
N F
P_1 P_2 ... P_N

Output
Print the maximum profit as an integer.

Constraints
- 1 <= N <= 10^5
- 0 <= F <= 10^9
- 1 <= P_i <= 10^9
- All values are integers.
"""


def tests(rng):
    def make(f, p):
        return f"{len(p)} {f}\n{' '.join(map(str, p))}\n"

    cases = [make(2, [1, 3, 2, 8, 4, 9]), make(0, [5, 4, 3, 2, 1]), make(0, [7]), make(10**9, [1, 10**9]),
             make(0, [1, 10**9]), make(0, [1, 2] * 50), make(1, [1, 2] * 50), make(3, [10, 1, 5, 2, 9]),
             make(0, [rng.randint(1, 10**9) for _ in range(10**5)]),
             make(10**6, [rng.randint(1, 10**9) for _ in range(10**5)])]
    while len(cases) < 16:
        n = rng.randint(1, 1000)
        hi = rng.choice([10, 1000, 10**9])
        cases.append(make(rng.randint(0, hi // 3), [rng.randint(1, hi) for _ in range(n)]))
    return cases


SOLUTIONS = [
r'''
n, f = map(int, input().split())
p = list(map(int, input().split()))
free, holding = 0, -p[0]
for x in p[1:]:
    free, holding = max(free, holding + x - f), max(holding, free - x)
print(free)
''',
r'''
import sys
data = list(map(int, sys.stdin.read().split()))
n, fee, prices = data[0], data[1], data[2:]
NEG = float("-inf")
cash = [0] * (n + 1)
hold = [NEG] * (n + 1)
for i in range(1, n + 1):
    x = prices[i - 1]
    cash[i] = max(cash[i - 1], hold[i - 1] + x - fee)
    hold[i] = max(hold[i - 1], cash[i - 1] - x)
print(cash[n])
''',
]
