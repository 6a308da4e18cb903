TITLE = "Rank in the Contest"
DIFFICULTY = "easy"
TAGS = ["sorting", "ranking"]
STATEMENT = """\
N contestants took part in a contest; contestant i scored S_i points. The rank of a contestant
is 1 plus the number of contestants whose score is strictly greater than theirs, so contestants
with equal scores share a rank. Print the rank of contestant P.

Input
The input is given from Standard Input in the following format:
N P
S_1 S_2 ... S_N

Output
Print the rank of contestant P as an integer.

Constraints
- 1 <= P <= N <= 1000
- 0 <= S_i <= 10^6
- All input values are integers.
"""


def tests(rng):
    cases = ["5 3\n80 95 80 70 100\n", "4 2\n50 50 50 50\n", "1 1\n0\n", "3 1\n1000000 999999 0\n",
             "3 3\n1000000 999999 0\n", "6 4\n10 20 30 40 50 60\n"]
    while len(cases) < 14:
        n = rng.randint(1, 1000 if len(cases) > 11 else 20)
        p = rng.randint(1, n)
        hi = rng.choice([5, 100, 10**6])
        s = [rng.randint(0, hi) for _ in range(n)]
        cases.append(f"{n} {p}\n{' '.join(map(str, s))}\n")
    return cases


SOLUTIONS = [
r'''
n, p = map(int, input().split())
s = list(map(int, input().split()))
print(1 + sum(x > s[p - 1] for x in s))
''',
r'''
n, p = map(int, input().split())
s = list(map(int, input().split()))
me = s[p - 1]
order = sorted(range(n), key=lambda i: -s[i])
pos = 0
while s[order[pos]] > me:
    pos += 1
print(pos + 1)
''',
r'''
from bisect import bisect_right
n, p = map(int, input().split())
s = [int(x) for x in input().split()]
ordered = sorted(s)
strictly_higher = len(ordered) - bisect_right(ordered, s[p - 1])
print(strictly_higher + 1)
''',
r'''
import sys
data = sys.stdin.read().split()
n, p = int(data[0]), int(data[1])
scores = data[2:]
mine = int(scores[p - 1])
rank = 1
for x in scores:
    if int(x) > mine:
        rank += 1
print(rank)
''',
r'''
from collections import Counter
import sys
n, p, *s = map(int, sys.stdin.read().split())
c = Counter(s)
print(1 + sum(cnt for v, cnt in c.items() if v > s[p - 1]))
''',
]
