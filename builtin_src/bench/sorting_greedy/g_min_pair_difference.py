TITLE = "Closest Two Heights"
DIFFICULTY = "easy"
TAGS = ["sorting"]
STATEMENT = """\
N students have heights H_1, H_2, ..., H_N. Choose two different students so that the absolute
difference of their heights is as small as possible, and print that difference.

Input
The input is given from Standard Input in the following format:
N
H_1 H_2 ... H_N

Output
Print the minimum value of |H_i - H_j| over all pairs i < j.

Constraints
- 2 <= N <= 1000
- 1 <= H_i <= 10^9
- All input values are integers.
"""


def tests(rng):
    cases = ["4\n170 152 181 165\n", "3\n7 100 7\n", "2\n1 1000000000\n", "2\n5 5\n",
             "5\n10 20 30 40 50\n", "3\n1000000000 1 999999999\n"]
    while len(cases) < 17:
        n = rng.randint(2, 1000 if len(cases) > 13 else 10)
        hi = rng.choice([100, 10**5, 10**9])
        h = [rng.randint(1, hi) for _ in range(n)]
        cases.append(f"{n}\n{' '.join(map(str, h))}\n")
    return cases


SOLUTIONS = [
r'''
n = int(input())
h = sorted(map(int, input().split()))
print(min(h[i + 1] - h[i] for i in range(n - 1)))
''',
r'''
from itertools import combinations
input()
h = list(map(int, input().split()))
print(min(abs(x - y) for x, y in combinations(h, 2)))
''',
]
