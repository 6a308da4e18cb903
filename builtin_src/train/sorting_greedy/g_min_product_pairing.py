TITLE = "Pairing for the Smallest Products"
DIFFICULTY = "medium"
TAGS = ["greedy", "sorting"]
STATEMENT = """\
You are given 2N positive integers. Split them into N pairs so that every integer belongs to
exactly one pair. The score of a split is the sum, over all pairs, of the product of the two
integers in the pair. Print the minimum possible score.

Input
The input is given from Standard Input in the following format:
N
A_1 A_2 ... A_{2N}

Output
Print the minimum score.

Constraints
- 1 <= N <= 500
- 1 <= A_i <= 10^6
- All input values are integers.
"""


def tests(rng):
    cases = ["2\n1 2 3 4\n", "3\n5 5 5 5 5 5\n", "1\n7 9\n", "2\n1000000 1000000 1 1\n",
             "3\n1 1 1 1000000 1000000 1000000\n", "2\n10 1 9 2\n"]
    while len(cases) < 14:
        n = rng.randint(1, 500 if len(cases) > 11 else 8)
        hi = rng.choice([10, 1000, 10**6])
        a = [rng.randint(1, hi) for _ in range(2 * n)]
        cases.append(f"{n}\n{' '.join(map(str, a))}\n")
    return cases


SOLUTIONS = [
r'''
n = int(input())
a = sorted(map(int, input().split()))
print(sum(a[i] * a[2 * n - 1 - i] for i in range(n)))
''',
r'''
from collections import deque
input()
dq = deque(sorted(map(int, input().split())))
score = 0
while dq:
    score += dq.popleft() * dq.pop()
print(score)
''',
r'''
import sys
n, *a = map(int, sys.stdin.read().split())
a.sort()
small, large = a[:n], a[n:][::-1]
print(sum(x * y for x, y in zip(small, large)))
''',
r'''
import heapq
n = int(input())
nums = list(map(int, input().split()))
mins = nums[:]
maxs = [-v for v in nums]
heapq.heapify(mins)
heapq.heapify(maxs)
total = 0
for _ in range(n):
    total += heapq.heappop(mins) * -heapq.heappop(maxs)
print(total)
''',
r'''
n = int(input())
vals = sorted(int(t) for t in input().split())
left, right = 0, len(vals) - 1
answer = 0
while left < right:
    answer += vals[left] * vals[right]
    left += 1
    right -= 1
print(answer)
''',
]
