TITLE = "Passing the Ball"
DIFFICULTY = "easy"
TAGS = ["simulation", "modular arithmetic"]
STATEMENT = """\
N children numbered 1 to N sit in a circle in clockwise order (child N is followed by child 1).
Child 1 holds a ball. Then M passes happen in order; in the i-th pass, the ball moves P_i
children clockwise from its current holder. Print the number of the child holding the ball
after all passes.

Input
The input is given from Standard Input in the following format:
N M
P_1 P_2 ... P_M

Output
Print the number of the child who holds the ball at the end.

Constraints
- 1 <= N <= 1000
- 1 <= M <= 1000
- 1 <= P_i <= 10^9
- All input values are integers.
"""


def tests(rng):
    cases = ["5 3\n2 4 1\n", "4 2\n4 8\n", "1 1\n1000000000\n", "3 1\n1\n", "7 2\n6 1\n",
             "1000 1\n999\n"]
    while len(cases) < 17:
        n = rng.randint(1, 1000 if len(cases) > 13 else 10)
        m = rng.randint(1, 1000 if len(cases) > 13 else 6)
        hi = rng.choice([10, 10**9])
        p = [rng.randint(1, hi) for _ in range(m)]
        cases.append(f"{n} {m}\n{' '.join(map(str, p))}\n")
    return cases


SOLUTIONS = [
r'''
n, m = map(int, input().split())
holder = 1
for p in map(int, input().split()):
    holder = (holder - 1 + p) % n + 1
print(holder)
''',
r'''
n, m = map(int, input().split())
print(sum(map(int, input().split())) % n + 1)
''',
]
