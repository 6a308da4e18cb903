TITLE = "Ticket Window"
DIFFICULTY = "medium"
TAGS = ["simulation", "queue"]
STATEMENT = """\
N people stand in line at a ticket window; person i (counted from the front) wants T_i tickets.
Every second, the window sells exactly one ticket to the person at the front of the line. If
that person still wants more tickets, they go to the end of the line; otherwise they leave. The
first sale ends at second 1. For every person, print the second at which they receive their
last ticket.

Input
The input is given from Standard Input in the following format:
N
T_1 T_2 ... T_N

Output
Print N integers separated by spaces: the finishing seconds of persons 1, 2, ..., N.

Constraints
- 1 <= N <= 100
- 1 <= T_i <= 100
- All input values are integers.
"""


def tests(rng):
    cases = ["3\n2 3 1\n", "2\n1 1\n", "1\n100\n", "4\n5 5 5 5\n", "3\n100 1 100\n",
             "5\n1 2 3 4 5\n"]
    while len(cases) < 14:
        n = rng.randint(1, 100 if len(cases) > 11 else 8)
        t = [rng.randint(1, rng.choice([3, 100])) for _ in range(n)]
        cases.append(f"{n}\n{' '.join(map(str, t))}\n")
    return cases


SOLUTIONS = [
r'''
from collections import deque
n = int(input())
t = list(map(int, input().split()))
line = deque(range(n))
done = [0] * n
sec = 0
while line:
    p = line.popleft()
    sec += 1
    t[p] -= 1
    if t[p]:
        line.append(p)
    else:
        done[p] = sec
print(*done)
''',
r'''
n = int(input())
t = list(map(int, input().split()))
ans = []
for i in range(n):
    total = sum(min(t[j], t[i]) for j in range(i + 1))
    total += sum(min(t[j], t[i] - 1) for j in range(i + 1, n))
    ans.append(total)
print(*ans)
''',
r'''
import sys
n, *want = map(int, sys.stdin.read().split())
finish = [0] * n
clock = 0
rnd = 0
while clock < sum(want):
    rnd += 1
    for i, w in enumerate(want):
        if w >= rnd:
            clock += 1
            if w == rnd:
                finish[i] = clock
print(" ".join(map(str, finish)))
''',
r'''
import heapq
n = int(input())
heap = [(1, i, int(x)) for i, x in enumerate(input().split())]
heapq.heapify(heap)
now = 0
res = [0] * n
while heap:
    visit, i, need = heapq.heappop(heap)
    now += 1
    if need == 1:
        res[i] = now
    else:
        heapq.heappush(heap, (visit + 1, i, need - 1))
print(*res)
''',
r'''
import sys
data = sys.stdin.read().split()
queue = [(int(x), i) for i, x in enumerate(data[1:])]
out = {}
second = 0
while queue:
    need, who = queue.pop(0)
    second += 1
    if need > 1:
        queue.append((need - 1, who))
    else:
        out[who] = second
print(*(out[i] for i in range(len(out))))
''',
]
