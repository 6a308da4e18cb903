TITLE = "Crowded Bus"
DIFFICULTY = "medium"
TAGS = ["simulation"]
STATEMENT = """\
A bus with room for C passengers starts empty and visits N stops in order. At stop i, first A_i
passengers get off (or everybody on board, if fewer than A_i are on board). Then B_i people are
waiting to board; they board one by one while there is room, and those who do not fit are left
behind at the stop. Print the total number of people left behind over all stops.

Input
The input is given from Standard Input in the following format:
C N
A_1 B_1
A_2 B_2
...
A_N B_N

Output
Print the total number of people who could not board.

Constraints
- 1 <= C <= 1000
- 1 <= N <= 1000
- 0 <= A_i, B_i <= 1000
- All input values are integers.
"""


def tests(rng):
    cases = ["5 3\n0 3\n1 4\n10 2\n", "1 2\n0 0\n0 5\n", "1000 1\n0 1000\n", "1 1\n1000 1000\n",
             "3 4\n0 3\n0 3\n3 3\n1 0\n"]
    while len(cases) < 14:
        n = rng.randint(1, 1000 if len(cases) > 11 else 8)
        c = rng.randint(1, rng.choice([10, 1000]))
        hi = rng.choice([5, 50, 1000])
        rows = [f"{rng.randint(0, hi)} {rng.randint(0, hi)}" for _ in range(n)]
        cases.append(f"{c} {n}\n" + "\n".join(rows) + "\n")
    return cases


SOLUTIONS = [
r'''
c, n = map(int, input().split())
on = 0
left = 0
for _ in range(n):
    a, b = map(int, input().split())
    on = max(0, on - a)
    board = min(b, c - on)
    on += board
    left += b - board
print(left)
''',
r'''
import sys
data = list(map(int, sys.stdin.read().split()))
cap = data[0]
riders = missed = 0
for off, wait in zip(data[2::2], data[3::2]):
    riders -= min(off, riders)
    room = cap - riders
    if wait > room:
        missed += wait - room
        riders = cap
    else:
        riders += wait
print(missed)
''',
r'''
from functools import reduce
c, n = map(int, input().split())
stops = [tuple(map(int, input().split())) for _ in range(n)]

def visit(state, stop):
    on, lost = state
    on = on - stop[0] if on > stop[0] else 0
    fit = min(stop[1], c - on)
    return on + fit, lost + stop[1] - fit

print(reduce(visit, stops, (0, 0))[1])
''',
r'''
class Bus:
    def __init__(self, capacity):
        self.capacity = capacity
        self.riding = 0

    def stop(self, off, waiting):
        self.riding -= min(self.riding, off)
        fit = min(waiting, self.capacity - self.riding)
        self.riding += fit
        return waiting - fit

c, n = map(int, input().split())
bus = Bus(c)
print(sum(bus.stop(*map(int, input().split())) for _ in range(n)))
''',
r'''
import sys
it = iter(map(int, sys.stdin.read().split()))
cap, n = next(it), next(it)
load = behind = 0
waited = boarded = 0
for _ in range(n):
    a, b = next(it), next(it)
    load = load - a if load >= a else 0
    got_on = b if load + b <= cap else cap - load
    load += got_on
    waited, boarded = waited + b, boarded + got_on
print(waited - boarded)
''',
]
