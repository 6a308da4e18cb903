TITLE = "Longest Shared Subsequence"
DIFFICULTY = "medium"
TAGS = ["dp", "strings"]
STATEMENT = """\
You are given two strings S and T of lowercase English letters. A string X is a common
subsequence of S and T if X can be obtained from S by deleting zero or more characters and can
also be obtained from T in the same way (without reordering the remaining characters).

Print the length of the longest common subsequence of S and T. Print 0 if they share no letter.

Input
The input is given from Standard Input in the following format:
S
T

Output
Print the length of a longest common subsequence.

Constraints
- 1 <= |S|, |T| <= 200
- S and T consist of lowercase English letters.
"""


def tests(rng):
    def rs(n, alpha):
        return "".join(rng.choice(alpha) for _ in range(n))

    cases = ["abcbdab\nbdcaba\n", "abc\nxyz\n", "a\na\n", "q\nz\n", "a" * 200 + "\n" + "a" * 200 + "\n",
             "ab" * 100 + "\n" + "b" * 200 + "\n", "abcdefghij" * 20 + "\n" + "jihgfedcba" * 20 + "\n"]
    while len(cases) < 15:
        alpha = rng.choice(["ab", "abcd", "abcdefghijklmnopqrstuvwxyz"])
        cases.append(rs(rng.randint(1, 200), alpha) + "\n" + rs(rng.randint(1, 200), alpha) + "\n")
    return cases


SOLUTIONS = [
r'''
s = input()
t = input()
n, m = len(s), len(t)
dp = [[0] * (m + 1) for _ in range(n + 1)]
for i in range(n):
    for j in range(m):
        if s[i] == t[j]:
            dp[i + 1][j + 1] = dp[i][j] + 1
        else:
            dp[i + 1][j + 1] = max(dp[i][j + 1], dp[i + 1][j])
print(dp[n][m])
''',
r'''
import sys
s, t = sys.stdin.read().split()
prev = [0] * (len(t) + 1)
for a in s:
    cur = [0]
    for j, b in enumerate(t):
        cur.append(prev[j] + 1 if a == b else max(prev[j + 1], cur[j]))
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
def lcs(i, j):
    if i < 0 or j < 0:
        return 0
    if s[i] == t[j]:
        return lcs(i - 1, j - 1) + 1
    return max(lcs(i - 1, j), lcs(i, j - 1))

print(lcs(len(s) - 1, len(t) - 1))
''',
r'''
s = input()
t = input()
m = len(t)
full = (1 << m) - 1
match = {}
for j, ch in enumerate(t):
    match[ch] = match.get(ch, 0) | (1 << j)
v = full
for ch in s:
    u = v & match.get(ch, 0)
    v = ((v + u) | (v - u)) & full
print(m - bin(v).count("1"))
''',
r'''
from bisect import bisect_left
from collections import defaultdict
s = input()
t = input()
where = defaultdict(list)
for j, ch in enumerate(t):
    where[ch].append(j)
tails = []
for ch in s:
    for j in reversed(where[ch]):
        k = bisect_left(tails, j)
        if k == len(tails):
            tails.append(j)
        else:
            tails[k] = j
print(len(tails))
''',
]
