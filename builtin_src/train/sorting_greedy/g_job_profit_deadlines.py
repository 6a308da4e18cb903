TITLE = "One Job per Day"
DIFFICULTY = "hard"
TAGS = ["greedy", "scheduling", "heap"]
STATEMENT = """\
A freelancer is offered N jobs. Every job takes exactly one day, and at most one job can be done
per day. Days are numbered 1, 2, 3, .... Job i pays P_i yen, but only if it is done on day D_i or
earlier; a job that would be late is simply not taken. Print the maximum total payment the
freelancer can earn.

Input
The input is given from Standard Input in the following format:
N
D_1 P_1
D_2 P_2
...
D_N P_N

Output
Print the maximum total payment.

Constraints
- 1 <= N <= 1000
- 1 <= D_i <= 1000
- 1 <= P_i <= 10^6
- All input values are integers.
"""


def tests(rng):
    cases = ["4\n1 20\n1 10\n2 40\n2 30\n", "3\n3 5\n3 5\n3 5\n", "1\n1 1000000\n",
             "3\n1 1\n1 2\n1 3\n", "4\n1000 7\n1 8\n2 9\n2 1\n",
             "5\n2 100\n2 100\n2 100\n5 1\n5 1\n"]
    while len(cases) < 14:
        n = rng.randint(1, 1000 if len(cases) > 11 else 10)
        dmax = rng.choice([3, n, 1000])
        rows = [f"{rng.randint(1, dmax)} {rng.randint(1, rng.choice([20, 10**6]))}" for _ in range(n)]
        cases.append(f"{n}\n" + "\n".join(rows) + "\n")
    return cases


SOLUTIONS = [
r'''
import heapq
n = int(input())
jobs = sorted(tuple(map(int, input().split())) for _ in range(n))
chosen = []
for d, p in jobs:
    heapq.heappush(chosen, p)
    if len(chosen) > d:
        heapq.heappop(chosen)
print(sum(chosen))
''',
r'''
n = int(input())
jobs = [tuple(map(int, input().split())) for _ in range(n)]
jobs.sort(key=lambda j: -j[1])
busy = [False] * 1001
earned = 0
for d, p in jobs:
    for day in range(d, 0, -1):
        if not busy[day]:
            busy[day] = True
            earned += p
            break
print(earned)
''',
r'''
import sys
sys.setrecursionlimit(10000)
data = list(map(int, sys.stdin.read().split()))
n = data[0]
parent = list(range(1002))

def find(x):
    if parent[x] != x:
        parent[x] = find(parent[x])
    return parent[x]

total = 0
for d, p in sorted(zip(data[1::2], data[2::2]), key=lambda t: t[1], reverse=True):
    slot = find(d)
    if slot > 0:
        total += p
        parent[slot] = slot - 1
print(total)
''',
r'''
import heapq
from collections import defaultdict
n = int(input())
by_day = defaultdict(list)
for _ in range(n):
    d, p = map(int, input().split())
    by_day[d].append(p)
available = []
answer = 0
for day in range(max(by_day), 0, -1):
    for p in by_day[day]:
        heapq.heappush(available, -p)
    if available:
        answer -= heapq.heappop(available)
print(answer)
''',
r'''
from bisect import bisect_right
n = int(input())
offers = []
for _ in range(n):
    d, p = map(int, input().split())
    offers.append((p, d))
offers.sort(reverse=True)
free_days = list(range(1, 1001))
gain = 0
for p, d in offers:
    idx = bisect_right(free_days, d) - 1
    if idx >= 0:
        free_days.pop(idx)
        gain += p
print(gain)
''',
]
