TITLE = "Shortest Complete Window"
DIFFICULTY = "hard"
TAGS = ["strings", "sliding window", "two pointers"]
STATEMENT = """\
You are given a string S of lowercase English letters. Let D be the set of different letters
that occur in S. Find the minimum length of a substring of S (a block of consecutive characters)
that contains every letter of D at least once.

Input
The input is given from Standard Input in the following format:
S

Output
Print the minimum length of a substring of S containing every letter that occurs in S.

Constraints
- 1 <= |S| <= 2000
- S consists of lowercase English letters.
"""


def tests(rng):
    cases = ["bbacabdcab\n", "aaaa\n", "a\n", "ab\n", "abc\n", "abca\n", "abba\n",
             "abcdefghijklmnopqrstuvwxyz\n", "a" * 1999 + "b\n", "b" + "a" * 1998 + "b\n",
             "ab" * 1000 + "\n", "z" + "abcdefghij" * 199 + "z\n"]
    while len(cases) < 22:
        n = rng.randint(1, 2000)
        k = rng.randint(1, 26)
        pool = "abcdefghijklmnopqrstuvwxyz"[:k]
        s = [rng.choice(pool[: max(1, k - 2)]) for _ in range(n)]
        for extra in pool[max(1, k - 2):]:
            s[rng.randrange(n)] = extra
        case = "".join(s) + "\n"
        if case not in cases:
            cases.append(case)
    return cases


SOLUTIONS = [
r'''
from collections import defaultdict
s = input()
need = len(set(s))
cnt = defaultdict(int)
have = 0
best = len(s)
left = 0
for right, c in enumerate(s):
    cnt[c] += 1
    if cnt[c] == 1:
        have += 1
    while have == need:
        best = min(best, right - left + 1)
        cnt[s[left]] -= 1
        if cnt[s[left]] == 0:
            have -= 1
        left += 1
print(best)
''',
r'''
s = input().strip()
letters = set(s)
last = {}
best = len(s)
for i, c in enumerate(s):
    last[c] = i
    if len(last) == len(letters):
        best = min(best, i - min(last.values()) + 1)
print(best)
''',
]
