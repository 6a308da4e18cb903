TITLE = "Make the Labels Distinct"
DIFFICULTY = "medium"
TAGS = ["greedy", "sorting"]
STATEMENT = """\
There are N boxes labelled with integers A_1, A_2, ..., A_N. In one operation you may choose a
box and increase its label by 1. Labels can only grow. Print the minimum number of operations
needed so that all N labels become pairwise different.

Input
The input is given from Standard Input in the following format:
N
A_1 A_2 ... A_N

Output
Print the minimum number of operations.

Constraints
- 1 <= N <= 1000
- 1 <= A_i <= 10^9
- All input values are integers.
"""


def tests(rng):
    cases = ["4\n3 1 3 2\n", "3\n1 2 3\n", "1\n1000000000\n", "5\n7 7 7 7 7\n",
             "4\n1000000000 1000000000 1 1\n", "6\n1 1 2 2 3 3\n"]
    while len(cases) < 17:
        n = rng.randint(1, 1000 if len(cases) > 13 else 10)
        hi = rng.choice([3, n, 10**9])
        a = [rng.randint(1, max(1, hi)) for _ in range(n)]
        cases.append(f"{n}\n{' '.join(map(str, a))}\n")
    return cases


SOLUTIONS = [
r'''
input()
a = sorted(map(int, input().split()))
ops = 0
nxt = 0
for x in a:
    target = max(x, nxt)
    ops += target - x
    nxt = target + 1
print(ops)
''',
r'''
import heapq
input()
heap = list(map(int, input().split()))
heapq.heapify(heap)
last = None
moves = 0
while heap:
    x = heapq.heappop(heap)
    if last is not None and x <= last:
        moves += last + 1 - x
        x = last + 1
    last = x
print(moves)
''',
]
