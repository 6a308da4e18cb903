TITLE = "Cheapest Way to Merge Piles"
DIFFICULTY = "hard"
TAGS = ["greedy", "heap"]
STATEMENT = """\
There are N piles of sand; pile i weighs A_i. In one operation you pick any two piles and merge
them into a single pile; the operation costs the total weight of the two piles. You repeat the
operation until only one pile remains. Print the minimum possible total cost. If N = 1 the
answer is 0.

Input
The input is given from Standard Input in the following format:
N
A_1 A_2 ... A_N

Output
Print the minimum total cost.

Constraints
- 1 <= N <= 1000
- 1 <= A_i <= 10^6
- All input values are integers.
"""


def tests(rng):
    cases = ["4\n4 3 2 6\n", "3\n1 1 1\n", "1\n100\n", "2\n1000000 1000000\n",
             "5\n1 2 4 8 16\n", "6\n5 5 5 5 5 5\n"]
    while len(cases) < 14:
        n = rng.randint(1, 1000 if len(cases) > 11 else 12)
        hi = rng.choice([10, 1000, 10**6])
        a = [rng.randint(1, hi) for _ in range(n)]
        cases.append(f"{n}\n{' '.join(map(str, a))}\n")
    return cases


SOLUTIONS = [
r'''
import heapq
input()
piles = list(map(int, input().split()))
heapq.heapify(piles)
cost = 0
while len(piles) > 1:
    merged = heapq.heappop(piles) + heapq.heappop(piles)
    cost += merged
    heapq.heappush(piles, merged)
print(cost)
''',
r'''
from collections import deque
input()
singles = deque(sorted(map(int, input().split())))
merged = deque()

def take():
    if not merged or (singles and singles[0] <= merged[0]):
        return singles.popleft()
    return merged.popleft()

total = 0
while len(singles) + len(merged) > 1:
    w = take() + take()
    total += w
    merged.append(w)
print(total)
''',
r'''
from bisect import insort
import sys
n, *a = map(int, sys.stdin.read().split())
a.sort()
spent = 0
while len(a) > 1:
    x, y = a[0], a[1]
    del a[:2]
    spent += x + y
    insort(a, x + y)
print(spent)
''',
r'''
import heapq
n = int(input())
h = [int(t) for t in input().split()]
heapq.heapify(h)
answer = 0
for _ in range(n - 1):
    first = heapq.heappop(h)
    combined = first + h[0]
    heapq.heapreplace(h, combined)
    answer += combined
print(answer)
''',
r'''
import sys
piles = list(map(int, sys.stdin.read().split()))[1:]
result = 0
while len(piles) > 1:
    a = min(piles)
    piles.remove(a)
    b = min(piles)
    piles.remove(b)
    result += a + b
    piles.append(a + b)
print(result)
''',
]
