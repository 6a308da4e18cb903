TITLE = "Pairs Within Budget"
DIFFICULTY = "medium"
TAGS = ["two pointers", "sorting", "binary search"]
STATEMENT = """\
A shop sells N items; item i costs A_i yen. You want to buy two different items and have K yen.
Print the number of pairs of indices (i, j) with 1 <= i < j <= N such that A_i + A_j <= K.

Input
The input is given from Standard Input in the following format:
N K
A_1 A_2 ... A_N

Output
Print the number of such pairs.

Constraints
- 1 <= N <= 1000
- 1 <= A_i <= 10^9
- 1 <= K <= 2 * 10^9
- All input values are integers.
"""


def tests(rng):
    cases = ["4 6\n1 5 3 2\n", "3 2\n1 1 1\n", "1 100\n1\n", "3 1\n1 1 1\n",
             "5 2000000000\n1000000000 1000000000 1000000000 1000000000 1000000000\n",
             "4 7\n4 4 3 3\n"]
    while len(cases) < 14:
        n = rng.randint(1, 1000 if len(cases) > 11 else 12)
        hi = rng.choice([10, 1000, 10**9])
        a = [rng.randint(1, hi) for _ in range(n)]
        k = rng.randint(1, 2 * hi)
        cases.append(f"{n} {k}\n{' '.join(map(str, a))}\n")
    return cases


SOLUTIONS = [
r'''
n, k = map(int, input().split())
a = sorted(map(int, input().split()))
lo, hi = 0, n - 1
pairs = 0
while lo < hi:
    if a[lo] + a[hi] <= k:
        pairs += hi - lo
        lo += 1
    else:
        hi -= 1
print(pairs)
''',
r'''
from itertools import combinations
n, k = map(int, input().split())
a = list(map(int, input().split()))
print(sum(1 for x, y in combinations(a, 2) if x + y <= k))
''',
r'''
from bisect import bisect_right
n, k = map(int, input().split())
a = sorted(map(int, input().split()))
total = 0
for i, x in enumerate(a):
    total += max(0, bisect_right(a, k - x, i + 1) - (i + 1))
print(total)
''',
r'''
import bisect, sys
n, k, *a = map(int, sys.stdin.read().split())
a.sort()
ordered = sum(bisect.bisect_right(a, k - x) for x in a)
self_pairs = sum(2 * x <= k for x in a)
print((ordered - self_pairs) // 2)
''',
r'''
from bisect import bisect_right, insort
n, k = map(int, input().split())
seen = []
count = 0
for x in map(int, input().split()):
    count += bisect_right(seen, k - x)
    insort(seen, x)
print(count)
''',
]
