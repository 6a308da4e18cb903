TITLE = "Rescue Boats"
DIFFICULTY = "medium"
TAGS = ["greedy", "two pointers", "sorting"]
STATEMENT = """\
N people must cross a river. Person i weighs W_i. Every boat can carry at most two people, and
the total weight in one boat must not exceed L. Each boat crosses only once. Print the minimum
number of boats needed to carry everybody across.

Input
The input is given from Standard Input in the following format:
N L
W_1 W_2 ... W_N

Output
Print the minimum number of boats.

Constraints
- 1 <= N <= 1000
- 1 <= W_i <= L <= 10^9
- All input values are integers.
"""


def tests(rng):
    cases = ["4 10\n3 5 7 6\n", "5 100\n50 50 50 50 50\n", "1 5\n5\n", "3 3\n1 1 1\n",
             "4 10\n10 10 10 10\n", "6 9\n1 8 2 7 3 6\n", "2 1000000000\n1 999999999\n"]
    while len(cases) < 14:
        n = rng.randint(1, 1000 if len(cases) > 11 else 15)
        lim = rng.choice([10, 100, 10**9])
        w = [rng.randint(1, lim) for _ in range(n)]
        cases.append(f"{n} {lim}\n{' '.join(map(str, w))}\n")
    return cases


SOLUTIONS = [
r'''
n, lim = map(int, input().split())
w = sorted(map(int, input().split()))
i, j = 0, n - 1
boats = 0
while i <= j:
    if i < j and w[i] + w[j] <= lim:
        i += 1
    j -= 1
    boats += 1
print(boats)
''',
r'''
from collections import deque
n, lim = map(int, input().split())
q = deque(sorted(map(int, input().split())))
boats = 0
while q:
    heavy = q.pop()
    if q and q[0] + heavy <= lim:
        q.popleft()
    boats += 1
print(boats)
''',
r'''
import sys
n, lim, *w = map(int, sys.stdin.read().split())
w.sort(reverse=True)
light = n - 1
pairs = 0
for heavy in range(n):
    if heavy >= light:
        break
    if w[heavy] + w[light] <= lim:
        pairs += 1
        light -= 1
print(n - pairs)
''',
r'''
n, lim = map(int, input().split())
w = sorted(int(v) for v in input().split())

def can_pair(p):
    return all(w[i] + w[2 * p - 1 - i] <= lim for i in range(p))

lo, hi = 0, n // 2
while lo < hi:
    mid = (lo + hi + 1) // 2
    if can_pair(mid):
        lo = mid
    else:
        hi = mid - 1
print(n - lo)
''',
r'''
def solve(ws, lo, hi, lim):
    if lo > hi:
        return 0
    if lo < hi and ws[lo] + ws[hi] <= lim:
        return 1 + solve(ws, lo + 1, hi - 1, lim)
    return 1 + solve(ws, lo, hi - 1, lim)

import sys
sys.setrecursionlimit(5000)
n, lim = map(int, input().split())
print(solve(sorted(map(int, input().split())), 0, n - 1, lim))
''',
]
