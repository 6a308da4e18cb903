TITLE = "Lamps and Switches"
DIFFICULTY = "easy"
TAGS = ["simulation"]
STATEMENT = """\
There are N lamps numbered 1 to N, all initially off. Then M switch presses happen in order; the
i-th press toggles lamp X_i (an off lamp turns on, an on lamp turns off). Print how many lamps
are on after all presses.

Input
The input is given from Standard Input in the following format:
N M
X_1 X_2 ... X_M

Output
Print the number of lamps that are on at the end.

Constraints
- 1 <= N <= 1000
- 1 <= M <= 1000
- 1 <= X_i <= N
- All input values are integers.
"""


def tests(rng):
    cases = ["5 4\n1 3 1 5\n", "3 2\n2 2\n", "1 1\n1\n", "1 2\n1 1\n", "4 4\n1 2 3 4\n",
             "2 5\n1 1 1 2 2\n"]
    while len(cases) < 17:
        n = rng.randint(1, 1000 if len(cases) > 13 else 8)
        m = rng.randint(1, 1000 if len(cases) > 13 else 10)
        x = [rng.randint(1, n) for _ in range(m)]
        cases.append(f"{n} {m}\n{' '.join(map(str, x))}\n")
    return cases


SOLUTIONS = [
r'''
n, m = map(int, input().split())
on = [False] * (n + 1)
for x in map(int, input().split()):
    on[x] = not on[x]
print(sum(on))
''',
r'''
from collections import Counter
input()
c = Counter(input().split())
print(sum(v % 2 for v in c.values()))
''',
]
