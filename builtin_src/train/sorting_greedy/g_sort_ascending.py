TITLE = "Sort the Numbers"
DIFFICULTY = "easy"
TAGS = ["sorting"]
STATEMENT = """\
You are given N integers A_1, A_2, ..., A_N. Rearrange them in non-decreasing order and print
the result.

Input
The input is given from Standard Input in the following format:
N
A_1 A_2 ... A_N

Output
Print the N integers in non-decreasing order on a single line, separated by single spaces.

Constraints
- 1 <= N <= 1000
- -10^9 <= A_i <= 10^9
- All input values are integers.
"""


def tests(rng):
    cases = ["5\n3 1 4 1 5\n", "3\n-2 10 -7\n", "1\n42\n", "4\n7 7 7 7\n",
             "6\n6 5 4 3 2 1\n", "5\n1 2 3 4 5\n", "2\n1000000000 -1000000000\n"]
    while len(cases) < 14:
        n = rng.randint(1, 1000 if len(cases) > 11 else 30)
        lo = rng.choice([-10**9, -50, 0])
        a = [rng.randint(lo, rng.choice([50, 10**9])) for _ in range(n)]
        cases.append(f"{n}\n{' '.join(map(str, a))}\n")
    return cases


SOLUTIONS = [
r'''
input()
print(*sorted(map(int, input().split())))
''',
r'''
import sys
data = sys.stdin.read().split()
nums = [int(x) for x in data[1:]]
nums.sort()
print(" ".join(str(x) for x in nums))
''',
r'''
import heapq
n = int(input())
heap = list(map(int, input().split()))
heapq.heapify(heap)
out = []
while heap:
    out.append(heapq.heappop(heap))
print(*out)
''',
r'''
from bisect import insort
n = int(input())
result = []
for v in input().split():
    insort(result, int(v))
print(" ".join(map(str, result)))
''',
r'''
def merge_sort(a):
    if len(a) <= 1:
        return a
    mid = len(a) // 2
    left, right = merge_sort(a[:mid]), merge_sort(a[mid:])
    merged, i, j = [], 0, 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            merged.append(left[i]); i += 1
        else:
            merged.append(right[j]); j += 1
    return merged + left[i:] + right[j:]

n = int(input())
print(*merge_sort(list(map(int, input().split()))))
''',
]
