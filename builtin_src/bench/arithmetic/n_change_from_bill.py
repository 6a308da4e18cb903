TITLE = "Change From a Bill"
DIFFICULTY = "easy"
TAGS = ["arithmetic"]
STATEMENT = """\
Takumi buys an item that costs P yen and hands the cashier the smallest number of 1000-yen
bills that covers the price. The cashier gives back the difference as change.

Print how much change Takumi receives, in yen. If the price is an exact multiple of 1000,
no change is given and you should print 0.

Input
The input is given from Standard Input in the following format:
P

Output
Print the amount of change as an integer.

Constraints
- 1 <= P <= 10^6
- P is an integer.
"""


def tests(rng):
    cases = ["1900\n", "3000\n", "1\n", "999\n", "1000\n", "1001\n", "1000000\n", "999999\n", "500\n"]
    while len(cases) < 18:
        case = f"{rng.randint(1, 10 ** 6)}\n"
        if case not in cases:
            cases.append(case)
    return cases


SOLUTIONS = [
r'''
p = int(input())
print((1000 - p % 1000) % 1000)
''',
r'''
import math
p = int(input())
bills = math.ceil(p / 1000) if p % 1000 else p // 1000
print(bills * 1000 - p)
''',
]
