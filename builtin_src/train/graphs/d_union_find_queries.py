TITLE = "Merging Clubs"
DIFFICULTY = "medium"
TAGS = ["graphs", "union-find"]
STATEMENT = """\
There are N students numbered 1 to N; initially every student is in a club of their own. You
must process Q queries in order. Each query is one of the following:

- `0 u v`: the club of student u and the club of student v merge into one club (nothing
  happens if they are already in the same club);
- `1 u v`: report whether students u and v are currently in the same club.

Input
The input is given from Standard Input in the following format:
N Q
query_1
...
query_Q

Output
For each query of the second kind, in order, print `Yes` on its own line if u and v are in the
same club, and `No` otherwise.

Constraints
- 1 <= N <= 10000
- 1 <= Q <= 10000
- 1 <= u, v <= N
- At least one query is of the second kind.
- All values are integers.
"""


def tests(rng):
    def rand(n, q, pmerge):
        lines = [f"{n} {q}"]
        kinds = [0 if rng.random() < pmerge else 1 for _ in range(q)]
        kinds[-1] = 1
        for k in kinds:
            lines.append(f"{k} {rng.randint(1, n)} {rng.randint(1, n)}")
        return "\n".join(lines) + "\n"

    chain = ["10000 10000"] + [f"0 {i} {i + 1}" for i in range(1, 5001)] + \
            [f"1 {i} {5002 - i if i % 2 else 10001 - i}" for i in range(1, 5001)]
    cases = ["4 5\n1 1 2\n0 1 2\n1 2 1\n0 3 4\n1 1 4\n", "3 3\n1 1 1\n0 2 3\n1 1 3\n",
             "1 1\n1 1 1\n", "2 2\n0 1 2\n1 2 1\n", "\n".join(chain) + "\n"]
    cases.append(rand(4000, 10000, 0.5))
    cases.append(rand(10000, 10000, 0.9))
    cases.append(rand(100, 10000, 0.02))
    cases.append(rand(3000, 10000, 0.4))
    while len(cases) < 15:
        cases.append(rand(rng.randint(1, 60), rng.randint(1, 300), rng.choice([0.1, 0.3, 0.6])))
    return cases


SOLUTIONS = [
r'''
import sys
sys.setrecursionlimit(10000)
input = sys.stdin.readline
n, q = map(int, input().split())
parent = list(range(n + 1))
size = [1] * (n + 1)

def find(x):
    if parent[x] != x:
        parent[x] = find(parent[x])
    return parent[x]

out = []
for _ in range(q):
    t, u, v = map(int, input().split())
    a, b = find(u), find(v)
    if t == 0:
        if a != b:
            if size[a] < size[b]:
                a, b = b, a
            parent[b] = a
            size[a] += size[b]
    else:
        out.append("Yes" if a == b else "No")
print("\n".join(out))
''',
r'''
import sys
data = sys.stdin.buffer.read().split()
n, q = int(data[0]), int(data[1])
par = list(range(n + 1))

def root(x):
    while par[x] != x:
        par[x] = par[par[x]]
        x = par[x]
    return x

res = []
for i in range(q):
    t, u, v = data[2 + 3 * i], int(data[3 + 3 * i]), int(data[4 + 3 * i])
    if t == b"0":
        par[root(u)] = root(v)
    else:
        res.append("Yes" if root(u) == root(v) else "No")
sys.stdout.write("\n".join(res) + "\n")
''',
r'''
n, q = map(int, input().split())
club = list(range(n + 1))
members = [[i] for i in range(n + 1)]
for _ in range(q):
    t, u, v = map(int, input().split())
    cu, cv = club[u], club[v]
    if t == 1:
        print("Yes" if cu == cv else "No")
    elif cu != cv:
        if len(members[cu]) < len(members[cv]):
            cu, cv = cv, cu
        for s in members[cv]:
            club[s] = cu
        members[cu].extend(members[cv])
        members[cv] = []
''',
r'''
import sys
lines = sys.stdin.read().splitlines()
n = int(lines[0].split()[0])
leader = list(range(n + 1))
rank = [0] * (n + 1)

def find(x):
    top = x
    while leader[top] != top:
        top = leader[top]
    while leader[x] != top:
        leader[x], x = top, leader[x]
    return top

for line in lines[1:]:
    if not line.strip():
        continue
    kind, u, v = map(int, line.split())
    ru, rv = find(u), find(v)
    if kind:
        print(["No", "Yes"][ru == rv])
    elif ru != rv:
        if rank[ru] < rank[rv]:
            ru, rv = rv, ru
        leader[rv] = ru
        rank[ru] += rank[ru] == rank[rv]
''',
r'''
n, q = map(int, input().split())
group_of = {}
groups = {}
answers = []
for _ in range(q):
    t, u, v = input().split()
    gu = group_of.setdefault(u, u)
    gv = group_of.setdefault(v, v)
    groups.setdefault(gu, {u})
    groups.setdefault(gv, {v})
    if t == "1":
        answers.append("Yes" if gu == gv else "No")
    elif gu != gv:
        big, small = (gu, gv) if len(groups[gu]) >= len(groups[gv]) else (gv, gu)
        for s in groups.pop(small):
            group_of[s] = big
            groups[big].add(s)
print(*answers, sep="\n")
''',
]
