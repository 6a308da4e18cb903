TITLE = "Merge Booked Intervals"
DIFFICULTY = "medium"
TAGS = ["intervals", "sorting"]
STATEMENT = """\
You are given N closed intervals on the number line; the i-th is [L_i, R_i] and contains every
real number x with L_i <= x <= R_i. Intervals may overlap, and some may be single points.

Merge the intervals: whenever two intervals share at least one point (touching at an endpoint
counts), replace them by their union. Repeat until no two intervals share a point. Print the
resulting intervals in increasing order.

Input
The input is given from Standard Input in the following format:
N
L_1 R_1
L_2 R_2
...
L_N R_N

Output
Let K be the number of merged intervals. Print K on the first line, and then K lines; the j-th
of them contains the left and right end of the j-th merged interval from the left, separated
by a space.

Constraints
- 1 <= N <= 100
- 0 <= L_i <= R_i <= 1000
- All input values are integers.
"""


def tests(rng):
    fixed = [
        [(1, 3), (2, 6), (8, 10), (10, 12)],
        [(5, 5), (1, 2), (3, 4)],
        [(0, 1000)],
        [(7, 7)],
        [(0, 0), (0, 0), (1, 1)],
        [(1, 10), (2, 3), (4, 5)],
        [(3, 4), (1, 2), (2, 3)],
    ]
    cases = [f"{len(s)}\n" + "".join(f"{a} {b}\n" for a, b in s) for s in fixed]
    while len(cases) < 15:
        n = rng.randint(1, 100)
        lim = rng.choice([20, 200, 1000])
        ivs = []
        for _ in range(n):
            a = rng.randint(0, lim)
            ivs.append((a, min(lim, a + rng.randint(0, lim // 15))))
        c = f"{n}\n" + "".join(f"{a} {b}\n" for a, b in ivs)
        if c not in cases:
            cases.append(c)
    return cases


SOLUTIONS = [
r'''
n = int(input())
ivs = sorted(tuple(map(int, input().split())) for _ in range(n))
merged = []
for l, r in ivs:
    if merged and l <= merged[-1][1]:
        merged[-1][1] = max(merged[-1][1], r)
    else:
        merged.append([l, r])
print(len(merged))
for l, r in merged:
    print(l, r)
''',
r'''
import sys
data = list(map(int, sys.stdin.read().split()))
covered = [False] * 2003
for i in range(data[0]):
    l, r = data[1 + 2 * i], data[2 + 2 * i]
    for x in range(2 * l, 2 * r + 1):
        covered[x] = True
runs = []
x = 0
while x < len(covered):
    if covered[x]:
        start = x
        while covered[x]:
            x += 1
        runs.append((start // 2, (x - 1) // 2))
    x += 1
print(len(runs))
print("\n".join(f"{a} {b}" for a, b in runs))
''',
r'''
n = int(input())
events = []
for _ in range(n):
    l, r = map(int, input().split())
    events.append((l, 0))
    events.append((r, 1))
events.sort()
depth, out = 0, []
for pos, kind in events:
    if kind == 0:
        if depth == 0:
            begin = pos
        depth += 1
    else:
        depth -= 1
        if depth == 0:
            out.append((begin, pos))
print(len(out))
for seg in out:
    print(*seg)
''',
r'''
n = int(input())
segs = [list(map(int, input().split())) for _ in range(n)]
changed = True
while changed:
    changed = False
    for i in range(len(segs)):
        for j in range(i + 1, len(segs)):
            a, b = segs[i], segs[j]
            if a[0] <= b[1] and b[0] <= a[1]:
                segs[i] = [min(a[0], b[0]), max(a[1], b[1])]
                del segs[j]
                changed = True
                break
        if changed:
            break
segs.sort()
print(len(segs))
for s in segs:
    print(s[0], s[1])
''',
r'''
from functools import reduce
import sys
lines = sys.stdin.read().splitlines()
pairs = sorted(tuple(map(int, ln.split())) for ln in lines[1:] if ln.strip())

def step(acc, cur):
    if acc and cur[0] <= acc[-1][1]:
        return acc[:-1] + [(acc[-1][0], max(acc[-1][1], cur[1]))]
    return acc + [cur]

res = reduce(step, pairs, [])
sys.stdout.write(str(len(res)) + "\n" + "".join("%d %d\n" % p for p in res))
''',
]
