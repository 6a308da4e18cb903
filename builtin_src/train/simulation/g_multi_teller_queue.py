TITLE = "Bank Tellers"
DIFFICULTY = "hard"
TAGS = ["simulation", "queue", "heap"]
STATEMENT = """\
A bank has K tellers numbered 1 to K, all idle at time 0. N customers arrive; customer i arrives
at time T_i and needs D_i minutes of service. Customers are assigned one at a time in order
1, 2, ..., N. When customer i is assigned:
- if one or more tellers are idle at time T_i (their previous work ends at or before T_i), the
  customer goes to the idle teller with the smallest number and starts at T_i;
- otherwise the customer waits for the teller that becomes idle first (the smallest number among
  ties) and starts at that moment.
Print, for every customer, the teller that serves them and the time their service ends.

Input
The input is given from Standard Input in the following format:
N K
T_1 D_1
...
T_N D_N

Output
Print N lines. Line i contains the teller number and the end time for customer i, separated by a
space.

Constraints
- 1 <= N <= 1000
- 1 <= K <= 100
- 0 <= T_1 <= T_2 <= ... <= T_N <= 10^6
- 1 <= D_i <= 1000
- All input values are integers.
"""


def tests(rng):
    cases = ["4 2\n0 5\n1 3\n2 4\n6 1\n", "3 3\n0 2\n0 2\n5 1\n", "1 1\n0 1\n",
             "3 1\n0 1000\n0 1000\n0 1000\n", "4 2\n0 4\n0 2\n2 1\n2 3\n",
             "2 100\n1000000 1\n1000000 1000\n"]
    while len(cases) < 15:
        n = rng.randint(1, 1000 if len(cases) > 12 else 10)
        k = rng.randint(1, rng.choice([3, 100]))
        gap = rng.choice([0, 3, 50])
        t, rows = 0, []
        for _ in range(n):
            t = min(10**6, t + rng.randint(0, gap))
            rows.append(f"{t} {rng.randint(1, rng.choice([10, 1000]))}")
        cases.append(f"{n} {k}\n" + "\n".join(rows) + "\n")
    return cases


SOLUTIONS = [
r'''
n, k = map(int, input().split())
free = [0] * k
for _ in range(n):
    t, d = map(int, input().split())
    idle = [j for j in range(k) if free[j] <= t]
    if idle:
        j = idle[0]
        start = t
    else:
        j = min(range(k), key=lambda x: (free[x], x))
        start = free[j]
    free[j] = start + d
    print(j + 1, free[j])
''',
r'''
import sys
n, k, *rest = map(int, sys.stdin.read().split())
end = [0] * k
out = []
for i in range(n):
    t, d = rest[2 * i], rest[2 * i + 1]
    j = min(range(k), key=lambda x: (max(end[x], t), x))
    end[j] = max(end[j], t) + d
    out.append(f"{j + 1} {end[j]}")
print("\n".join(out))
''',
r'''
import heapq
n, k = map(int, input().split())
idle = list(range(1, k + 1))
busy = []
for _ in range(n):
    t, d = map(int, input().split())
    while busy and busy[0][0] <= t:
        heapq.heappush(idle, heapq.heappop(busy)[1])
    if idle:
        teller, start = heapq.heappop(idle), t
    else:
        start, teller = heapq.heappop(busy)
    heapq.heappush(busy, (start + d, teller))
    print(teller, start + d)
''',
r'''
from bisect import insort
n, k = map(int, input().split())
timeline = [(0, j) for j in range(1, k + 1)]
for _ in range(n):
    t, d = map(int, input().split())
    ready = [p for p in timeline if p[0] <= t]
    pick = min(ready, key=lambda p: p[1]) if ready else timeline[0]
    timeline.remove(pick)
    finish = max(pick[0], t) + d
    insort(timeline, (finish, pick[1]))
    print(pick[1], finish)
''',
r'''
class Teller:
    def __init__(self, number):
        self.number = number
        self.until = 0

    def rank(self, t):
        return (self.until > t, self.until if self.until > t else 0, self.number)

n, k = map(int, input().split())
tellers = [Teller(j + 1) for j in range(k)]
for _ in range(n):
    t, d = map(int, input().split())
    best = sorted(tellers, key=lambda tl: tl.rank(t))[0]
    best.until = max(best.until, t) + d
    print(best.number, best.until)
''',
]
