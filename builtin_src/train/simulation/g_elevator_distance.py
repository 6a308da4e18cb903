TITLE = "Elevator Trip Length"
DIFFICULTY = "easy"
TAGS = ["simulation"]
STATEMENT = """\
An elevator starts at floor 1. It then visits floors F_1, F_2, ..., F_N in this order, moving
directly from each floor to the next. Moving between floor a and floor b covers |a - b| floors.
Print the total number of floors the elevator travels.

Input
The input is given from Standard Input in the following format:
N
F_1 F_2 ... F_N

Output
Print the total distance travelled, in floors.

Constraints
- 1 <= N <= 1000
- 1 <= F_i <= 100
- All input values are integers.
"""


def tests(rng):
    cases = ["3\n5 2 8\n", "2\n1 1\n", "1\n100\n", "1\n1\n", "4\n100 1 100 1\n",
             "5\n2 3 4 5 6\n"]
    while len(cases) < 14:
        n = rng.randint(1, 1000 if len(cases) > 11 else 10)
        top = rng.choice([3, 20, 100])
        f = [rng.randint(1, top) for _ in range(n)]
        cases.append(f"{n}\n{' '.join(map(str, f))}\n")
    return cases


SOLUTIONS = [
r'''
n = int(input())
floors = list(map(int, input().split()))
cur = 1
total = 0
for f in floors:
    total += abs(f - cur)
    cur = f
print(total)
''',
r'''
input()
route = [1] + [int(x) for x in input().split()]
print(sum(abs(a - b) for a, b in zip(route, route[1:])))
''',
r'''
from itertools import pairwise
import sys
stops = [1, *map(int, sys.stdin.read().split()[1:])]
print(sum(abs(b - a) for a, b in pairwise(stops)))
''',
r'''
from functools import reduce
input()
total, _ = reduce(lambda st, f: (st[0] + abs(f - st[1]), f), map(int, input().split()), (0, 1))
print(total)
''',
r'''
n = int(input())
f = [1] + list(map(int, input().split()))
dist = 0
for i in range(1, n + 1):
    dist += max(f[i], f[i - 1]) - min(f[i], f[i - 1])
print(dist)
''',
]
