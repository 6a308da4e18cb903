TITLE = "Fewest Fuel Stops"
DIFFICULTY = "hard"
TAGS = ["greedy", "heap"]
STATEMENT = """\
A car drives along a straight road from position 0 to position D. It starts with F liters of
fuel and uses exactly 1 liter per unit of distance; its tank has no capacity limit. There are N
fuel stations; station i is at position X_i and the car may stop there once and take all G_i
liters it offers. The car cannot move with an empty tank, but reaching a station or the goal
with exactly 0 liters left is fine. Print the minimum number of stations at which the car must
stop to reach position D, or -1 if it is impossible.

Input
The input is given from Standard Input in the following format:
N D F
X_1 G_1
...
X_N G_N

Output
Print the minimum number of stops, or -1.

Constraints
- 0 <= N <= 1000
- 1 <= D <= 10^9, 0 <= F <= 10^9
- 0 < X_1 < X_2 < ... < X_N < D
- 1 <= G_i <= 10^9
- All input values are integers.
"""


def tests(rng):
    cases = ["3 20 5\n4 6\n9 10\n15 3\n", "2 100 10\n10 20\n50 10\n", "0 5 5\n", "0 5 4\n",
             "1 10 3\n3 7\n", "1 10 2\n3 100\n", "3 10 1\n1 1\n2 1\n3 7\n",
             "2 1000000000 1\n1 999999999\n2 5\n"]
    while len(cases) < 18:
        n = rng.randint(0, 1000 if len(cases) > 14 else 8)
        d = rng.randint(n + 1, rng.choice([max(n + 1, 50), 10**9]))
        xs = sorted(rng.sample(range(1, d), n)) if d - 1 >= n else []
        avg = max(1, d // max(1, n))
        f = rng.randint(0, 2 * avg)
        rows = [f"{x} {rng.randint(1, 2 * avg)}" for x in xs]
        cases.append(f"{len(xs)} {d} {f}\n" + "".join(r + "\n" for r in rows))
    return cases


SOLUTIONS = [
r'''
import heapq, sys
data = list(map(int, sys.stdin.read().split()))
n, d, fuel = data[0], data[1], data[2]
stations = [(data[3 + 2 * i], data[4 + 2 * i]) for i in range(n)] + [(d, 0)]
passed = []
stops = 0
for x, g in stations:
    while fuel < x and passed:
        fuel -= heapq.heappop(passed)
        stops += 1
    if fuel < x:
        print(-1)
        break
    heapq.heappush(passed, -g)
else:
    print(stops)
''',
r'''
import sys
data = list(map(int, sys.stdin.read().split()))
n, d, f = data[0], data[1], data[2]
reach = [f] + [-1] * n
for i in range(n):
    x, g = data[3 + 2 * i], data[4 + 2 * i]
    for k in range(i, -1, -1):
        if reach[k] >= x:
            reach[k + 1] = max(reach[k + 1], reach[k] + g)
ans = next((k for k in range(n + 1) if reach[k] >= d), -1)
print(ans)
''',
]
