TITLE = "Distance Between Two Numbers"
DIFFICULTY = "easy"
TAGS = ["arithmetic"]
STATEMENT = """\
Two integers X and Y are marked on a number line. Print the distance between them, that is,
the absolute value of X - Y.

Input
The input is given from Standard Input in the following format:
X Y

Output
Print the distance between X and Y as a non-negative integer.

Constraints
- -10^9 <= X, Y <= 10^9
- X and Y are integers.
"""


def tests(rng):
    cases = ["3 10\n", "-4 6\n", "0 0\n", "7 7\n", "10 3\n", "-1000000000 1000000000\n",
             "1000000000 -1000000000\n", "-5 -9\n", "-1000000000 -1000000000\n"]
    while len(cases) < 18:
        a = rng.randint(-10**9, 10**9)
        b = rng.randint(-10**9, 10**9)
        case = f"{a} {b}\n"
        if case not in cases:
            cases.append(case)
    return cases


SOLUTIONS = [
r'''
x, y = map(int, input().split())
print(abs(x - y))
''',
r'''
x, y = map(int, input().split())
print(max(x, y) - min(x, y))
''',
]
