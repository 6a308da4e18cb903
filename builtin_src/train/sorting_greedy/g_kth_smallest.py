TITLE = "K-th Smallest Value"
DIFFICULTY = "easy"
TAGS = ["sorting", "selection"]
STATEMENT = """\
You are given N integers A_1, A_2, ..., A_N and an integer K. If the integers are sorted in
non-decreasing order, which value is in position K (counting from 1)? Equal values are counted
separately, so for A = (5, 2, 2) and K = 2 the answer is 2.

Input
The input is given from Standard Input in the following format:
N K
A_1 A_2 ... A_N

Output
Print the K-th smallest value.

Constraints
- 1 <= K <= N <= 1000
- -10^9 <= A_i <= 10^9
- All input values are integers.
"""


def tests(rng):
    cases = ["5 2\n4 8 1 9 3\n", "3 2\n5 2 2\n", "1 1\n-7\n", "4 4\n1 1 1 1\n",
             "6 1\n10 9 8 7 6 5\n", "6 6\n10 9 8 7 6 5\n", "3 3\n1000000000 -1000000000 0\n"]
    while len(cases) < 14:
        n = rng.randint(1, 1000 if len(cases) > 11 else 25)
        k = rng.randint(1, n)
        hi = rng.choice([10, 10**9])
        a = [rng.randint(-hi, hi) for _ in range(n)]
        cases.append(f"{n} {k}\n{' '.join(map(str, a))}\n")
    return cases


SOLUTIONS = [
r'''
n, k = map(int, input().split())
a = sorted(map(int, input().split()))
print(a[k - 1])
''',
r'''
n, k = map(int, input().split())
a = list(map(int, input().split()))
for x in sorted(set(a)):
    if sum(v <= x for v in a) >= k:
        print(x)
        break
''',
r'''
import sys
n, k, *a = map(int, sys.stdin.read().split())
a.sort(reverse=True)
print(a[n - k])
''',
r'''
def select(arr, k):
    pivot = arr[len(arr) // 2]
    less = [x for x in arr if x < pivot]
    equal = arr.count(pivot)
    if k <= len(less):
        return select(less, k)
    if k <= len(less) + equal:
        return pivot
    return select([x for x in arr if x > pivot], k - len(less) - equal)

n, k = map(int, input().split())
print(select(list(map(int, input().split())), k))
''',
r'''
import heapq
n, k = map(int, input().split())
heap = [int(x) for x in input().split()]
heapq.heapify(heap)
for _ in range(k - 1):
    heapq.heappop(heap)
print(heap[0])
''',
]
