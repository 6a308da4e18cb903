TITLE = "Sum of the K Largest"
DIFFICULTY = "easy"
TAGS = ["sorting", "greedy"]
STATEMENT = """\
There are N gems, and the i-th gem has value A_i. You may take exactly K of them. Print the
largest possible total value of the gems you take.

Input
The input is given from Standard Input in the following format:
N K
A_1 A_2 ... A_N

Output
Print the maximum total value of K gems as an integer.

Constraints
- 1 <= K <= N <= 1000
- 0 <= A_i <= 10^9
- All input values are integers.
"""


def tests(rng):
    cases = ["5 2\n3 9 1 7 4\n", "4 4\n1 2 3 4\n", "1 1\n0\n", "3 1\n5 5 5\n",
             "5 3\n1000000000 1000000000 1000000000 1 0\n", "6 2\n0 0 0 0 0 1\n"]
    while len(cases) < 14:
        n = rng.randint(1, 1000 if len(cases) > 11 else 20)
        k = rng.randint(1, n)
        hi = rng.choice([9, 1000, 10**9])
        a = [rng.randint(0, hi) for _ in range(n)]
        cases.append(f"{n} {k}\n{' '.join(map(str, a))}\n")
    return cases


SOLUTIONS = [
r'''
n, k = map(int, input().split())
a = sorted(map(int, input().split()))
print(sum(a[n - k:]))
''',
r'''
import heapq
n, k = map(int, input().split())
print(sum(heapq.nlargest(k, map(int, input().split()))))
''',
r'''
n, k = map(int, input().split())
a = list(map(int, input().split()))
a.sort(reverse=True)
total = 0
for i in range(k):
    total += a[i]
print(total)
''',
r'''
import heapq, sys
n, k, *a = map(int, sys.stdin.read().split())
heap = []
for x in a:
    if len(heap) < k:
        heapq.heappush(heap, x)
    elif x > heap[0]:
        heapq.heapreplace(heap, x)
print(sum(heap))
''',
r'''
import sys
n, k, *a = map(int, sys.stdin.read().split())
best = 0
for _ in range(k):
    idx = a.index(max(a))
    best += a.pop(idx)
print(best)
''',
]
