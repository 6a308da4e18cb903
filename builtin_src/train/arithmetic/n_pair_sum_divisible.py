TITLE = "Pairs with Divisible Sum"
DIFFICULTY = "hard"
TAGS = ["arithmetic", "modular arithmetic", "counting"]
STATEMENT = """\
You are given N integers A_1, ..., A_N and a positive integer K. Count the pairs of indices
(i, j) with 1 <= i < j <= N such that A_i + A_j is a multiple of K.

Checking every pair is too slow for the largest inputs; consider the remainders modulo K.

Input
The input is given from Standard Input in the following format:
N K
A_1 A_2 ... A_N

Output
Print the number of such pairs as an integer.

Constraints
- 2 <= N <= 2 * 10^5
- 1 <= K <= 10^9
- 0 <= A_i <= 10^9
- All values in the input are integers.
"""


def tests(rng):
    cases = ["5 3\n1 2 3 4 5\n", "4 2\n2 4 6 8\n", "2 1\n7 9\n", "2 10\n5 4\n", "3 10\n5 5 15\n",
             "200000 2\n" + " ".join(str(i % 7) for i in range(200000)) + "\n",
             "200000 1000000000\n" + " ".join(str(i % 2 * 10**9) for i in range(200000)) + "\n",
             "6 4\n0 4 2 2 6 1\n"]
    while len(cases) < 15:
        n = rng.choice([rng.randint(2, 12), rng.randint(2, 2 * 10**5)])
        k = rng.choice([rng.randint(1, 12), rng.randint(1, 10**9)])
        hi = rng.choice([20, 10**9])
        cases.append(f"{n} {k}\n{' '.join(str(rng.randint(0, hi)) for _ in range(n))}\n")
    return cases


SOLUTIONS = [
r'''
n, k = map(int, input().split())
seen = {}
ans = 0
for x in map(int, input().split()):
    r = x % k
    ans += seen.get((k - r) % k, 0)
    seen[r] = seen.get(r, 0) + 1
print(ans)
''',
r'''
from collections import Counter
n, k = map(int, input().split())
cnt = Counter(x % k for x in map(int, input().split()))
ans = 0
for r, c in cnt.items():
    other = (k - r) % k
    if r == other:
        ans += c * (c - 1) // 2
    elif r < other:
        ans += c * cnt.get(other, 0)
print(ans)
''',
r'''
import sys
from bisect import bisect_left, bisect_right
data = sys.stdin.read().split()
k = int(data[1])
rs = sorted(int(x) % k for x in data[2:])
total = 0
for r in rs:
    need = (k - r) % k
    total += bisect_right(rs, need) - bisect_left(rs, need)
    total -= need == r
print(total // 2)
''',
r'''
from itertools import groupby
n, k = map(int, input().split())
rs = sorted(int(x) % k for x in input().split())
groups = {r: len(list(g)) for r, g in groupby(rs)}
ans = groups.get(0, 0) * (groups.get(0, 0) - 1) // 2
for r, c in groups.items():
    if r == 0:
        continue
    if 2 * r == k:
        ans += c * (c - 1) // 2
    elif 2 * r < k:
        ans += c * groups.get(k - r, 0)
print(ans)
''',
r'''
from collections import defaultdict
first = input().split()
k = int(first[1])
buckets = defaultdict(int)
for x in input().split():
    buckets[int(x) % k] += 1
pairs = 0
for r in list(buckets):
    m = (k - r) % k
    pairs += buckets[r] * (buckets[m] - (m == r))
print(pairs // 2)
''',
]
