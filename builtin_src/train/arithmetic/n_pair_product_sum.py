TITLE = "Sum of Pairwise Products"
DIFFICULTY = "hard"
TAGS = ["arithmetic", "modular arithmetic", "prefix sums"]
STATEMENT = """\
You are given N integers A_1, ..., A_N. Compute the sum of A_i * A_j over all pairs of
indices with 1 <= i < j <= N, and print it modulo 1000000007.

Checking every pair is too slow for the largest inputs.

Input
The input is given from Standard Input in the following format:
N
A_1 A_2 ... A_N

Output
Print the sum of A_i * A_j over all pairs i < j, modulo 1000000007, as an integer between 0
and 1000000006.

Constraints
- 2 <= N <= 2 * 10^5
- 0 <= A_i <= 10^9
- All values in the input are integers.
"""


def tests(rng):
    cases = ["3\n1 2 3\n", "4\n1000000000 1000000000 1000000000 1000000000\n", "2\n0 0\n",
             "2\n5 7\n", "3\n0 9 0\n", "200000\n" + " ".join(["1000000000"] * 200000) + "\n",
             "5\n999999999 1 2 3 4\n"]
    while len(cases) < 14:
        n = rng.choice([rng.randint(2, 10), rng.randint(2, 2 * 10**5)])
        hi = rng.choice([10, 10**9])
        cases.append(f"{n}\n{' '.join(str(rng.randint(0, hi)) for _ in range(n))}\n")
    return cases


SOLUTIONS = [
r'''
MOD = 10**9 + 7
n = int(input())
a = list(map(int, input().split()))
ans = 0
prefix = 0
for x in a:
    ans = (ans + prefix * x) % MOD
    prefix = (prefix + x) % MOD
print(ans)
''',
r'''
import sys
MOD = 10**9 + 7
data = sys.stdin.read().split()
a = [int(x) % MOD for x in data[1:]]
s = sum(a) % MOD
sq = sum(x * x for x in a) % MOD
print((s * s - sq) * pow(2, -1, MOD) % MOD)
''',
r'''
n = int(input())
a = [int(x) for x in input().split()]
total = sum(a)
print((total * total - sum(v * v for v in a)) // 2 % 1000000007)
''',
r'''
from itertools import accumulate
MOD = 1000000007
input()
a = list(map(int, input().split()))
pre = list(accumulate(a))
print(sum(pre[i - 1] * a[i] for i in range(1, len(a))) % MOD)
''',
r'''
import sys
vals = list(map(int, sys.stdin.read().split()))[1:]
suffix = ans = 0
for x in reversed(vals):
    ans += x * suffix
    suffix += x
print(ans % 1000000007)
''',
]
