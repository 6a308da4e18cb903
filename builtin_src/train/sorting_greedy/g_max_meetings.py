TITLE = "Most Meetings in One Room"
DIFFICULTY = "medium"
TAGS = ["greedy", "scheduling", "sorting"]
STATEMENT = """\
There is one meeting room and N meeting requests. Request i occupies the room from time S_i to
time E_i (it starts at S_i and ends at E_i). Two accepted meetings must not overlap, but one
may start exactly when another ends. Print the maximum number of requests that can be accepted.

Input
The input is given from Standard Input in the following format:
N
S_1 E_1
S_2 E_2
...
S_N E_N

Output
Print the maximum number of meetings that can be held.

Constraints
- 1 <= N <= 1000
- 0 <= S_i < E_i <= 10^9
- All input values are integers.
"""


def tests(rng):
    cases = ["4\n1 3\n2 5\n3 6\n6 8\n", "3\n0 10\n1 2\n2 3\n", "1\n0 1000000000\n",
             "3\n5 6\n5 6\n5 6\n", "4\n0 1\n1 2\n2 3\n3 4\n", "3\n0 5\n1 4\n2 3\n"]
    while len(cases) < 14:
        n = rng.randint(1, 1000 if len(cases) > 11 else 12)
        span = rng.choice([20, 1000, 10**9])
        rows = []
        for _ in range(n):
            s = rng.randint(0, span - 1)
            e = rng.randint(s + 1, min(span, s + max(1, span // 4)))
            rows.append(f"{s} {e}")
        cases.append(f"{n}\n" + "\n".join(rows) + "\n")
    return cases


SOLUTIONS = [
r'''
n = int(input())
meetings = [tuple(map(int, input().split())) for _ in range(n)]
meetings.sort(key=lambda m: m[1])
free_at = -1
count = 0
for s, e in meetings:
    if s >= free_at:
        count += 1
        free_at = e
print(count)
''',
r'''
import heapq, sys
data = list(map(int, sys.stdin.read().split()))
heap = [(data[i + 1], data[i]) for i in range(1, len(data), 2)]
heapq.heapify(heap)
last, taken = 0, 0
while heap:
    end, start = heapq.heappop(heap)
    if start >= last:
        taken, last = taken + 1, end
print(taken)
''',
r'''
from bisect import bisect_right
n = int(input())
ms = sorted((tuple(map(int, input().split())) for _ in range(n)), key=lambda p: p[1])
ends = [e for _, e in ms]
dp = [0] * (n + 1)
for i, (s, e) in enumerate(ms):
    j = bisect_right(ends, s, 0, i)
    dp[i + 1] = max(dp[i], dp[j] + 1)
print(dp[n])
''',
r'''
n = int(input())
reqs = []
for _ in range(n):
    s, e = map(int, input().split())
    reqs.append((s, e))
reqs.sort(reverse=True)
boundary = float("inf")
ans = 0
for s, e in reqs:
    if e <= boundary:
        ans += 1
        boundary = s
print(ans)
''',
r'''
from functools import reduce
n = int(input())
pairs = sorted((list(map(int, input().split())) for _ in range(n)), key=lambda x: x[1])
state = reduce(lambda acc, p: (acc[0] + 1, p[1]) if p[0] >= acc[1] else acc, pairs, (0, 0))
print(state[0])
''',
]
