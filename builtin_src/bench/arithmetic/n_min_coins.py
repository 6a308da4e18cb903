TITLE = "Paying with Few Coins"
DIFFICULTY = "easy"
TAGS = ["arithmetic", "greedy"]
STATEMENT = """\
In a certain country there are coins worth 1, 5, 10, 50, 100 and 500 yen, and you have an
unlimited number of each. You want to pay exactly N yen using as few coins as possible.
Print the minimum number of coins needed.

Input
The input is given from Standard Input in the following format:
N

Output
Print the minimum number of coins whose values add up to exactly N, as an integer.

Constraints
- 1 <= N <= 10^9
- N is an integer.
"""


def tests(rng):
    cases = ["1234\n", "60\n", "1\n", "4\n", "5\n", "499\n", "500\n", "999\n",
             "1000000000\n", "999999999\n", "666\n"]
    while len(cases) < 18:
        case = f"{rng.randint(1, 10 ** rng.randint(1, 9))}\n"
        if case not in cases:
            cases.append(case)
    return cases


SOLUTIONS = [
r'''
n = int(input())
count = 0
for c in (500, 100, 50, 10, 5, 1):
    count += n // c
    n %= c
print(count)
''',
r'''
n = int(input())
q, r = divmod(n, 500)
r2 = r % 100
print(q + r // 100 + r2 // 50 + r2 % 50 // 10 + r2 % 10 // 5 + r2 % 5)
''',
]
