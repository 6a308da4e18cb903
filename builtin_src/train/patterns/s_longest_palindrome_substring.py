TITLE = "Longest Palindromic Block"
DIFFICULTY = "hard"
TAGS = ["strings", "palindromes"]
STATEMENT = """\
You are given a string S of lowercase English letters. Find the maximum length of a substring
of S (a block of consecutive characters) that is a palindrome, that is, reads the same forwards
and backwards. A single character is always a palindrome, so the answer is at least 1.

Input
The input is given from Standard Input in the following format:
S

Output
Print the maximum length of a palindromic substring of S.

Constraints
- 1 <= |S| <= 500
- S consists of lowercase English letters.
"""


def tests(rng):
    cases = ["cabacd\n", "abcd\n", "a\n", "aa\n", "ab\n", "abba\n", "xabacabay\n",
             "a" * 500 + "\n", "abc" * 166 + "ab\n", "ab" * 250 + "\n",
             "q" * 249 + "r" + "q" * 250 + "\n"]
    while len(cases) < 18:
        n = rng.randint(1, 500)
        s = "".join(rng.choice("ab" if rng.random() < 0.5 else "abc") for _ in range(n))
        if rng.random() < 0.5 and n > 10:
            k = rng.randint(1, n // 2)
            i = rng.randint(0, n - k)
            block = s[i:i + k]
            s = (s[:i] + block + block[::-1] + s[i + k:])[:500]
        case = s + "\n"
        if case not in cases:
            cases.append(case)
    return cases


SOLUTIONS = [
r'''
s = input()
n = len(s)
best = 1
for c in range(2 * n - 1):
    l, r = c // 2, (c + 1) // 2
    while l >= 0 and r < n and s[l] == s[r]:
        l -= 1
        r += 1
    best = max(best, r - l - 1)
print(best)
''',
r'''
s = input().strip()
n = len(s)
pal = [[False] * n for _ in range(n)]
best = 1
for length in range(1, n + 1):
    for i in range(n - length + 1):
        j = i + length - 1
        if s[i] == s[j] and (length <= 2 or pal[i + 1][j - 1]):
            pal[i][j] = True
            best = length
print(best)
''',
r'''
import sys
s = sys.stdin.readline().strip()
t = "^#" + "#".join(s) + "#$"
rad = [0] * len(t)
center = right = 0
for i in range(1, len(t) - 1):
    if i < right:
        rad[i] = min(right - i, rad[2 * center - i])
    while t[i + rad[i] + 1] == t[i - rad[i] - 1]:
        rad[i] += 1
    if i + rad[i] > right:
        center, right = i, i + rad[i]
print(max(rad))
''',
r'''
s = input()
n = len(s)
for length in range(n, 0, -1):
    if any(s[i:i + length] == s[i:i + length][::-1] for i in range(n - length + 1)):
        print(length)
        break
''',
r'''
s = input()
n = len(s)

def exists(length):
    return any(s[i:i + length] == s[i:i + length][::-1] for i in range(n - length + 1))

ans = 1
for start in (1, 2):
    lo, hi = 0, (n - start) // 2
    if start == 2 and not exists(2):
        continue
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if exists(start + 2 * mid):
            lo = mid
        else:
            hi = mid - 1
    ans = max(ans, start + 2 * lo)
print(ans)
''',
]
