TITLE = "Fewest Edits"
DIFFICULTY = "medium"
TAGS = ["dp", "strings"]
STATEMENT = """\
You are given two strings S and T of lowercase English letters. You may apply the following
operations to S any number of times, in any order:

- insert one letter at any position;
- delete one letter;
- replace one letter with a different letter.

Print the minimum number of operations needed to turn S into T.

Input
The input is given from Standard Input in the following format:
S
T

Output
Print the minimum number of operations as an integer.

Constraints
- 1 <= |S|, |T| <= 100
- S and T consist of lowercase English letters.
"""


def tests(rng):
    def rs(n, alpha):
        return "".join(rng.choice(alpha) for _ in range(n))

    cases = ["kitten\nsitting\n", "abc\nabc\n", "a\nb\n", "a\na\n", "z\n" + "z" * 100 + "\n",
             "a" * 100 + "\n" + "b" * 100 + "\n", "ab" * 50 + "\n" + "ba" * 50 + "\n",
             "abcdef\nfedcba\n"]
    while len(cases) < 15:
        alpha = rng.choice(["ab", "abc", "abcdefghijklmnopqrstuvwxyz"])
        cases.append(rs(rng.randint(1, 100), alpha) + "\n" + rs(rng.randint(1, 100), alpha) + "\n")
    return cases


SOLUTIONS = [
r'''
s = input()
t = input()
n, m = len(s), len(t)
dp = [[0] * (m + 1) for _ in range(n + 1)]
for i in range(n + 1):
    dp[i][0] = i
for j in range(m + 1):
    dp[0][j] = j
for i in range(1, n + 1):
    for j in range(1, m + 1):
        dp[i][j] = min(dp[i - 1][j] + 1, dp[i][j - 1] + 1,
                       dp[i - 1][j - 1] + (s[i - 1] != t[j - 1]))
print(dp[n][m])
''',
r'''
import sys
s, t = sys.stdin.read().split()
prev = list(range(len(t) + 1))
for i, a in enumerate(s, 1):
    cur = [i]
    for j, b in enumerate(t, 1):
        cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a != b)))
    prev = cur
print(prev[-1])
''',
r'''
import sys
from functools import lru_cache
sys.setrecursionlimit(5000)
s = input().strip()
t = input().strip()

@lru_cache(maxsize=None)
def d(i, j):
    if i == len(s):
        return len(t) - j
    if j == len(t):
        return len(s) - i
    if s[i] == t[j]:
        return d(i + 1, j + 1)
    return 1 + min(d(i + 1, j), d(i, j + 1), d(i + 1, j + 1))

print(d(0, 0))
''',
r'''
import heapq
s = input()
t = input()
dist = {(0, 0): 0}
heap = [(0, 0, 0)]
while heap:
    c, i, j = heapq.heappop(heap)
    if (i, j) == (len(s), len(t)):
        print(c)
        break
    if dist[(i, j)] < c:
        continue
    moves = []
    if i < len(s):
        moves.append((i + 1, j, 1))
    if j < len(t):
        moves.append((i, j + 1, 1))
    if i < len(s) and j < len(t):
        moves.append((i + 1, j + 1, int(s[i] != t[j])))
    for ni, nj, w in moves:
        if c + w < dist.get((ni, nj), 10**9):
            dist[(ni, nj)] = c + w
            heapq.heappush(heap, (c + w, ni, nj))
''',
r'''
s = input()
t = input()
col = list(range(len(s) + 1))  # distances for the current prefix of t
for j, b in enumerate(t, 1):
    diag, col[0] = col[0], j
    for i in range(1, len(s) + 1):
        keep = col[i]
        col[i] = min(col[i] + 1, col[i - 1] + 1, diag + (s[i - 1] != b))
        diag = keep
print(col[len(s)])
''',
]
