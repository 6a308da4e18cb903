TITLE = "Cookies for Children"
DIFFICULTY = "medium"
TAGS = ["greedy", "two pointers", "sorting"]
STATEMENT = """\
There are N children and M cookies. Child i is happy if they receive one cookie of size at least
A_i. Cookie j has size B_j. Each child receives at most one cookie and each cookie goes to at
most one child. Print the maximum number of happy children.

Input
The input is given from Standard Input in the following format:
N M
A_1 A_2 ... A_N
B_1 B_2 ... B_M

Output
Print the maximum number of children that can be made happy.

Constraints
- 1 <= N, M <= 1000
- 1 <= A_i, B_j <= 10^9
- All input values are integers.
"""


def tests(rng):
    cases = ["3 2\n1 2 3\n1 1\n", "2 3\n1 2\n1 2 3\n", "1 1\n5\n4\n", "1 1\n4\n4\n",
             "3 3\n10 10 10\n1 2 3\n", "4 2\n1 1 1 1\n1000000000 1000000000\n"]
    while len(cases) < 14:
        big = len(cases) > 11
        n, m = rng.randint(1, 1000 if big else 10), rng.randint(1, 1000 if big else 10)
        hi = rng.choice([10, 100, 10**9])
        a = [rng.randint(1, hi) for _ in range(n)]
        b = [rng.randint(1, hi) for _ in range(m)]
        cases.append(f"{n} {m}\n{' '.join(map(str, a))}\n{' '.join(map(str, b))}\n")
    return cases


SOLUTIONS = [
r'''
n, m = map(int, input().split())
a = sorted(map(int, input().split()))
b = sorted(map(int, input().split()))
i = 0
for size in b:
    if i < n and size >= a[i]:
        i += 1
print(i)
''',
r'''
import sys
lines = sys.stdin.read().split("\n")
need = sorted(int(x) for x in lines[1].split())
sizes = sorted((int(x) for x in lines[2].split()), reverse=True)
happy = 0
j = 0
for child in reversed(need):
    if j < len(sizes) and sizes[j] >= child:
        happy += 1
        j += 1
print(happy)
''',
r'''
import bisect, sys
data = sys.stdin.read().split()
n, m = int(data[0]), int(data[1])
kids = sorted(map(int, data[2:2 + n]))
pool = sorted(map(int, data[2 + n:]))
happy = 0
for want in kids:
    pos = bisect.bisect_left(pool, want)
    if pos < len(pool):
        del pool[pos]
        happy += 1
print(happy)
''',
r'''
import heapq
import sys
it = iter(sys.stdin.read().split())
n, m = int(next(it)), int(next(it))
kids = [int(next(it)) for _ in range(n)]
cookies = [int(next(it)) for _ in range(m)]
heapq.heapify(kids)
heapq.heapify(cookies)
result = 0
while kids and cookies:
    c = heapq.heappop(cookies)
    if c >= kids[0]:
        heapq.heappop(kids)
        result += 1
print(result)
''',
r'''
from collections import deque
import sys
_, need, have = sys.stdin.read().splitlines()[:3]
waiting = deque(sorted(int(x) for x in need.split()))
for c in sorted(int(x) for x in have.split()):
    if waiting and waiting[0] <= c:
        waiting.popleft()
print(len(need.split()) - len(waiting))
''',
]
