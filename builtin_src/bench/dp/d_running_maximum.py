TITLE = "Record Heights So Far"
DIFFICULTY = "easy"
TAGS = ["dp", "prefix"]
STATEMENT = """\
A weather station records one temperature per day for N days; the reading on day i is T_i.
For every day i, report the highest reading among days 1, 2, ..., i (including day i itself).

Input
The input is given from Standard Input in the following format:
N
T_1 T_2 ... T_N

Output
Print N integers separated by spaces on one line: the i-th of them is the maximum of
T_1, ..., T_i.

Constraints
- 1 <= N <= 10^5
- -10^9 <= T_i <= 10^9
- All values are integers.
"""


def tests(rng):
    def make(a):
        return f"{len(a)}\n{' '.join(map(str, a))}\n"

    cases = [make([3, 1, 4, 1, 5, 9, 2, 6]), make([-5, -7, -2, -2]), make([0]), make([-10**9]),
             make([10**9, -10**9]), make(list(range(10, 0, -1))), make(list(range(1, 11))),
             make([7] * 50), make([rng.randint(-10**9, 10**9) for _ in range(10**5)]),
             make(list(range(-10**5, 0)))]
    while len(cases) < 16:
        n = rng.randint(1, 1000)
        lim = rng.choice([5, 1000, 10**9])
        cases.append(make([rng.randint(-lim, lim) for _ in range(n)]))
    return cases


SOLUTIONS = [
r'''
n = int(input())
t = list(map(int, input().split()))
out = []
best = t[0]
for x in t:
    if x > best:
        best = x
    out.append(best)
print(*out)
''',
r'''
from itertools import accumulate
input()
print(*accumulate(map(int, input().split()), max))
''',
]
