TITLE = "Counting-Out Circle"
DIFFICULTY = "medium"
TAGS = ["simulation", "queue"]
STATEMENT = """\
N children numbered 1 to N stand in a circle in clockwise order. Starting with child 1, they
count 1, 2, 3, ... clockwise, skipping children who have already left. The child who says K
leaves the circle, and the next remaining child clockwise starts counting from 1 again. This
repeats until everybody has left. Print the children in the order in which they leave.

Input
The input is given from Standard Input in the following format:
N K

Output
Print the N child numbers in leaving order on one line, separated by spaces.

Constraints
- 1 <= N <= 1000
- 1 <= K <= 1000
- All input values are integers.
"""


def tests(rng):
    cases = ["5 2\n", "4 1\n", "1 1\n", "1 1000\n", "7 3\n", "6 6\n", "1000 1000\n", "3 1000\n"]
    while len(cases) < 14:
        case = f"{rng.randint(1, 1000)} {rng.randint(1, rng.choice([5, 1000]))}\n"
        if case not in cases:
            cases.append(case)
    return cases


SOLUTIONS = [
r'''
from collections import deque
n, k = map(int, input().split())
circle = deque(range(1, n + 1))
order = []
while circle:
    circle.rotate(-((k - 1) % len(circle)))
    order.append(circle.popleft())
print(*order)
''',
r'''
n, k = [int(v) for v in input().split()]
people = [*range(1, n + 1)]
idx = 0
out = []
for remaining in range(n, 0, -1):
    idx = (idx + k - 1) % remaining
    out.append(people[idx])
    del people[idx]
print(*out)
''',
r'''
n, k = map(int, input().split())
nxt = [0] + [i % n + 1 for i in range(1, n + 1)]
prev = n
result = []
for alive in range(n, 0, -1):
    for _ in range((k - 1) % alive):
        prev = nxt[prev]
    gone = nxt[prev]
    result.append(gone)
    nxt[prev] = nxt[gone]
print(*result)
''',
r'''
import sys
n, k = map(int, sys.stdin.readline().split())
ring = list(range(1, n + 1))
gone = []
while ring:
    s = (k - 1) % len(ring)
    gone.append(ring[s])
    ring = ring[s + 1:] + ring[:s]
print(" ".join(map(str, gone)))
''',
r'''
import sys
sys.setrecursionlimit(5000)

def eliminate(ring, start, k):
    if not ring:
        return []
    pos = (start + k - 1) % len(ring)
    return [ring[pos]] + eliminate(ring[:pos] + ring[pos + 1:], pos, k)

n, k = map(int, sys.stdin.read().split())
print(*eliminate(list(range(1, n + 1)), 0, k))
''',
]
