TITLE = "Cutting Into Palindromes"
DIFFICULTY = "hard"
TAGS = ["dp", "strings"]
STATEMENT = """\
You are given a string S of lowercase English letters. You want to cut S into one or more
consecutive pieces so that every piece is a palindrome (reads the same forwards and backwards).
A single letter is always a palindrome.

Print the minimum number of cuts needed. If S itself is a palindrome, the answer is 0.

Input
The input is given from Standard Input in the following format:
S

Output
Print the minimum number of cuts as an integer.

Constraints
- 1 <= |S| <= 200
- S consists of lowercase English letters.
"""


def tests(rng):
    cases = ["abaab\n", "racecar\n", "a\n", "ab\n", "a" * 200 + "\n", "ab" * 100 + "\n",
             "abcdefghijklmnopqrstuvwxyz" * 7 + "abcdefghijklmnopqr\n", "aab\n"]
    while len(cases) < 15:
        alpha = rng.choice(["ab", "abc", "abcdefghij"])
        n = rng.randint(1, 200)
        if rng.random() < 0.3:
            half = "".join(rng.choice(alpha) for _ in range(n // 2))
            word = half + half[::-1] + "".join(rng.choice(alpha) for _ in range(rng.randint(0, 5)))
        else:
            word = "".join(rng.choice(alpha) for _ in range(n))
        cases.append(word[:200] + "\n")
    return cases


SOLUTIONS = [
r'''
s = input()
n = len(s)
pal = [[False] * n for _ in range(n)]
for i in range(n - 1, -1, -1):
    for j in range(i, n):
        pal[i][j] = s[i] == s[j] and (j - i < 2 or pal[i + 1][j - 1])
cuts = [0] * n
for j in range(n):
    if pal[0][j]:
        cuts[j] = 0
    else:
        cuts[j] = min(cuts[i - 1] + 1 for i in range(1, j + 1) if pal[i][j])
print(cuts[n - 1])
''',
r'''
s = input().strip()
n = len(s)
best = [i - 1 for i in range(n + 1)]  # best[k]: min cuts for the first k letters
for c in range(n):
    for lo, hi in ((c, c), (c, c + 1)):
        while lo >= 0 and hi < n and s[lo] == s[hi]:
            best[hi + 1] = min(best[hi + 1], best[lo] + 1)
            lo -= 1
            hi += 1
print(best[n])
''',
r'''
import sys
from functools import lru_cache
sys.setrecursionlimit(5000)
s = sys.stdin.readline().strip()

@lru_cache(maxsize=None)
def pieces(i):
    if i == len(s):
        return 0
    return min(1 + pieces(j) for j in range(i + 1, len(s) + 1) if s[i:j] == s[i:j][::-1])

print(pieces(0) - 1)
''',
r'''
from collections import deque
s = input()
n = len(s)
dist = [-1] * (n + 1)
dist[0] = 0
q = deque([0])
while q:
    i = q.popleft()
    for j in range(i + 1, n + 1):
        if dist[j] < 0:
            piece = s[i:j]
            if piece == piece[::-1]:
                dist[j] = dist[i] + 1
                q.append(j)
print(dist[n] - 1)
''',
r'''
s = input()
n = len(s)
is_pal = {}
for length in range(1, n + 1):
    for i in range(n - length + 1):
        j = i + length - 1
        is_pal[i, j] = s[i] == s[j] and (length <= 2 or is_pal[i + 1, j - 1])
tail = [0] * (n + 1)
for i in range(n - 1, -1, -1):
    tail[i] = min(tail[j + 1] for j in range(i, n) if is_pal[i, j]) + 1
print(tail[0] - 1)
''',
]
