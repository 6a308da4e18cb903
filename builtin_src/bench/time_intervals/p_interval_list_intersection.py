TITLE = "Both Available"
DIFFICULTY = "medium"
TAGS = ["intervals", "two pointers"]
STATEMENT = """\
Alice is available during N closed time intervals [A_1, B_1], ..., [A_N, B_N], and Bob during
M closed intervals [C_1, D_1], ..., [C_M, D_M] (all in minutes). Each list is sorted and its
intervals are separated: B_i < A_{i+1} and D_j < C_{j+1}. An interval [x, y] contains every
moment t with x <= t <= y, and may consist of a single moment (x = y).

Print the set of moments when both are available, as a sorted list of separated closed
intervals (every maximal block of common availability forms one interval).

Input
The input is given from Standard Input in the following format:
N M
A_1 B_1
...
A_N B_N
C_1 D_1
...
C_M D_M

Output
Let K be the number of intervals in the answer. Print K on the first line, then K lines, each
with the two ends of an interval separated by a space, from left to right.

Constraints
- 1 <= N, M <= 100
- 0 <= A_i <= B_i < A_{i+1} <= 10^4
- 0 <= C_j <= D_j < C_{j+1} <= 10^4
- All input values are integers.
"""


def _list(rng, k, lim):
    pts = sorted(rng.sample(range(lim + 1), 2 * k))
    ivs = []
    for i in range(k):
        a, b = pts[2 * i], pts[2 * i + 1]
        if rng.random() < 0.15:
            b = a
        ivs.append((a, b))
    return ivs


def tests(rng):
    fixed = [
        ([(1, 5), (8, 12)], [(3, 9), (11, 20)]),
        ([(0, 2)], [(5, 7)]),
        ([(3, 3)], [(3, 3)]),
        ([(0, 10000)], [(0, 10000)]),
        ([(1, 3), (4, 6)], [(3, 4)]),
        ([(0, 4)], [(0, 0), (2, 2), (4, 5)]),
        ([(5, 9)], [(0, 5), (9, 12)]),
        ([(0, 1), (3, 4), (6, 7)], [(0, 10000)]),
    ]
    cases = []
    for a, b in fixed:
        cases.append(f"{len(a)} {len(b)}\n" + "".join(f"{x} {y}\n" for x, y in a + b))
    while len(cases) < 18:
        lim = rng.choice([30, 1000, 10000])
        n = rng.randint(1, min(100, lim // 4))
        m = rng.randint(1, min(100, lim // 4))
        a, b = _list(rng, n, lim), _list(rng, m, lim)
        c = f"{n} {m}\n" + "".join(f"{x} {y}\n" for x, y in a + b)
        if c not in cases:
            cases.append(c)
    return cases


SOLUTIONS = [
r'''
n, m = map(int, input().split())
A = [tuple(map(int, input().split())) for _ in range(n)]
B = [tuple(map(int, input().split())) for _ in range(m)]
i = j = 0
res = []
while i < n and j < m:
    lo = max(A[i][0], B[j][0])
    hi = min(A[i][1], B[j][1])
    if lo <= hi:
        res.append((lo, hi))
    if A[i][1] < B[j][1]:
        i += 1
    else:
        j += 1
print(len(res))
for lo, hi in res:
    print(lo, hi)
''',
r'''
import sys
v = list(map(int, sys.stdin.read().split()))
n, m = v[0], v[1]
cover = [0] * 20003
for k in range(n + m):
    a, b = v[2 + 2 * k], v[3 + 2 * k]
    for x in range(2 * a, 2 * b + 1):
        cover[x] += 1
out = []
x = 0
while x < len(cover):
    if cover[x] == 2:
        s = x
        while cover[x] == 2:
            x += 1
        out.append(f"{s // 2} {(x - 1) // 2}")
    x += 1
print(len(out))
if out:
    print("\n".join(out))
''',
]
