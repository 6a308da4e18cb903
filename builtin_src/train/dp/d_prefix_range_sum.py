TITLE = "Range Sum Queries"
DIFFICULTY = "easy"
TAGS = ["dp", "prefix sums"]
STATEMENT = """\
You are given a sequence of N integers A_1, A_2, ..., A_N and Q queries. The i-th query gives
two indices L_i and R_i; answer it with the sum A_{L_i} + A_{L_i+1} + ... + A_{R_i}.

Input
The input is given from Standard Input in the following format:
N Q
A_1 A_2 ... A_N
L_1 R_1
L_2 R_2
...
L_Q R_Q

Output
Print Q lines. The i-th line must contain the answer to the i-th query.

Constraints
- 1 <= N <= 2000
- 1 <= Q <= 2000
- -10^9 <= A_i <= 10^9
- 1 <= L_i <= R_i <= N
- All values are integers.
"""


def tests(rng):
    def make(n, q, lo, hi):
        a = [rng.randint(lo, hi) for _ in range(n)]
        lines = [f"{n} {q}", " ".join(map(str, a))]
        for _ in range(q):
            l = rng.randint(1, n)
            r = rng.randint(l, n)
            lines.append(f"{l} {r}")
        return "\n".join(lines) + "\n"

    cases = ["5 3\n1 2 3 4 5\n1 5\n2 3\n4 4\n",
             "4 2\n-3 7 -1 0\n1 2\n3 4\n",
             "1 1\n-1000000000\n1 1\n",
             "3 3\n1000000000 1000000000 1000000000\n1 3\n2 3\n3 3\n"]
    cases.append(make(2000, 2000, -10**9, 10**9))
    cases.append(make(2000, 2000, 0, 1))
    while len(cases) < 14:
        cases.append(make(rng.randint(1, 300), rng.randint(1, 300), -100, 100))
    return cases


SOLUTIONS = [
r'''
from itertools import accumulate
n, q = map(int, input().split())
pre = [0] + list(accumulate(map(int, input().split())))
for _ in range(q):
    l, r = map(int, input().split())
    print(pre[r] - pre[l - 1])
''',
r'''
import sys
data = sys.stdin.read().split()
n, q = int(data[0]), int(data[1])
a = data[2:2 + n]
prefix = [0] * (n + 1)
for i in range(n):
    prefix[i + 1] = prefix[i] + int(a[i])
qs = data[2 + n:]
out = []
for i in range(0, 2 * q, 2):
    out.append(str(prefix[int(qs[i + 1])] - prefix[int(qs[i]) - 1]))
print("\n".join(out))
''',
r'''
import sys
input = sys.stdin.readline
n, q = map(int, input().split())
a = list(map(int, input().split()))
queries = (map(int, input().split()) for _ in range(q))
print("\n".join(str(sum(a[l - 1:r])) for l, r in queries))
''',
r'''
n, q = map(int, input().split())
a = list(map(int, input().split()))
tree = [0] * (n + 1)

def add(i, v):
    while i <= n:
        tree[i] += v
        i += i & -i

def query(i):
    s = 0
    while i > 0:
        s += tree[i]
        i -= i & -i
    return s

for idx, v in enumerate(a, 1):
    add(idx, v)
for _ in range(q):
    l, r = map(int, input().split())
    print(query(r) - query(l - 1))
''',
r'''
import sys
lines = sys.stdin.read().splitlines()
vals = list(map(int, lines[1].split()))
suffix = [0] * (len(vals) + 1)
for i in range(len(vals) - 1, -1, -1):
    suffix[i] = suffix[i + 1] + vals[i]
answers = [suffix[int(l) - 1] - suffix[int(r)] for l, r in (ln.split() for ln in lines[2:] if ln.strip())]
sys.stdout.write("\n".join(map(str, answers)) + "\n")
''',
]
