TITLE = "Flip Signs K Times"
DIFFICULTY = "medium"
TAGS = ["greedy", "sorting", "heap"]
STATEMENT = """\
You are given N integers A_1, ..., A_N. You must perform the following operation exactly K
times: choose one index i and replace A_i with -A_i. The same index may be chosen any number of
times. Print the maximum possible sum of the integers after the K operations.

Input
The input is given from Standard Input in the following format:
N K
A_1 A_2 ... A_N

Output
Print the maximum possible sum.

Constraints
- 1 <= N <= 1000
- 1 <= K <= 1000
- -10^6 <= A_i <= 10^6
- All input values are integers.
"""


def tests(rng):
    cases = ["3 1\n4 -2 3\n", "3 3\n-4 -2 -3\n", "1 1\n5\n", "1 2\n-5\n", "4 5\n-1 -1 0 7\n",
             "3 4\n-1000000 -1000000 -1000000\n", "2 1000\n1 2\n"]
    while len(cases) < 14:
        n = rng.randint(1, 1000 if len(cases) > 11 else 10)
        k = rng.randint(1, 1000 if len(cases) > 11 else 12)
        hi = rng.choice([5, 100, 10**6])
        a = [rng.randint(-hi, hi) for _ in range(n)]
        cases.append(f"{n} {k}\n{' '.join(map(str, a))}\n")
    return cases


SOLUTIONS = [
r'''
import heapq
n, k = map(int, input().split())
a = list(map(int, input().split()))
heapq.heapify(a)
for _ in range(k):
    heapq.heappush(a, -heapq.heappop(a))
print(sum(a))
''',
r'''
n, k = map(int, input().split())
a = sorted(map(int, input().split()), key=abs, reverse=True)
for i in range(n):
    if k and a[i] < 0:
        a[i] = -a[i]
        k -= 1
if k % 2:
    a[-1] = -a[-1]
print(sum(a))
''',
r'''
import sys
n, k, *a = map(int, sys.stdin.read().split())
a.sort()
i = 0
while i < n and k > 0 and a[i] < 0:
    a[i] *= -1
    i += 1
    k -= 1
total = sum(a)
if k & 1:
    total -= 2 * min(a)
print(total)
''',
r'''
n, k = map(int, input().split())
a = [int(x) for x in input().split()]
for _ in range(k):
    j = a.index(min(a))
    a[j] = -a[j]
print(sum(a))
''',
r'''
n, k = map(int, input().split())
a = list(map(int, input().split()))
neg = sorted(x for x in a if x < 0)
flips = min(k, len(neg))
gain = -2 * sum(neg[:flips])
rest = k - flips
smallest = min(abs(x) for x in a)
print(sum(a) + gain - (2 * smallest if rest % 2 else 0))
''',
]
