TITLE = "Matching Pairs"
DIFFICULTY = "medium"
TAGS = ["counting", "combinatorics"]
STATEMENT = """\
You are given a sequence of N integers A_1, A_2, ..., A_N. Count the pairs of indices (i, j)
with 1 <= i < j <= N such that A_i = A_j, and print that number.

Input
The input is given from Standard Input in the following format:
N
A_1 A_2 ... A_N

Output
Print the number of pairs (i, j) with i < j and A_i = A_j.

Constraints
- 1 <= N <= 1000
- 1 <= A_i <= 10^9
- All input values are integers.
"""


def tests(rng):
    cases = ["5\n1 2 1 1 3\n", "3\n7 8 9\n", "1\n42\n", "2\n5 5\n", "2\n5 6\n",
             "1000\n" + " ".join(["1000000000"] * 1000) + "\n",
             "1000\n" + " ".join(str(i + 1) for i in range(1000)) + "\n"]
    while len(cases) < 15:
        n = rng.randint(1, 1000)
        hi = rng.choice([3, 50, 10 ** 9])
        case = f"{n}\n" + " ".join(str(rng.randint(1, hi)) for _ in range(n)) + "\n"
        if case not in cases:
            cases.append(case)
    return cases


SOLUTIONS = [
r'''
from collections import Counter
input()
cnt = Counter(input().split())
print(sum(c * (c - 1) // 2 for c in cnt.values()))
''',
r'''
n = int(input())
a = list(map(int, input().split()))
seen = {}
pairs = 0
for x in a:
    pairs += seen.get(x, 0)
    seen[x] = seen.get(x, 0) + 1
print(pairs)
''',
r'''
import sys
data = sys.stdin.read().split()
n = int(data[0])
a = data[1:]
total = 0
for i in range(n):
    for j in range(i + 1, n):
        if a[i] == a[j]:
            total += 1
print(total)
''',
r'''
from itertools import groupby
from math import comb
input()
a = sorted(map(int, input().split()))
print(sum(comb(len(list(g)), 2) for _, g in groupby(a)))
''',
r'''
n = int(input())
a = sorted(input().split())
ans = 0
run = 1
for i in range(1, n):
    if a[i] == a[i - 1]:
        ans += run
        run += 1
    else:
        run = 1
print(ans)
''',
]
