TITLE = "Longest Block Without Repeats"
DIFFICULTY = "medium"
TAGS = ["strings", "sliding window"]
STYLE = "call"
ENTRY_POINT = "longestDistinctBlock"
STARTER_CODE = "class Solution:\n    def longestDistinctBlock(self, s: str) -> str:\n        "
STATEMENT = """\
Implement the method longestDistinctBlock(s) of the class Solution. It receives a string s of
lowercase English letters and must return the longest substring of s (a block of consecutive
characters) in which no letter occurs more than once. If several such substrings have the
maximum length, return the one that starts furthest to the left.

For example, for s = "xyzxab" the answer is "yzxab", and for s = "aabcb" it is "abc".

Constraints
- 1 <= len(s) <= 2000
- s consists of lowercase English letters.
"""


def tests(rng):
    cases = [["xyzxab"], ["aabcb"], ["a"], ["aaaa"], ["ab"], ["abba"], ["qrq"],
             ["abcdefghijklmnopqrstuvwxyz"], ["abcdefghijklmnopqrstuvwxyz" * 76 + "abcd"],
             ["z" * 2000], ["abcabd"], ["xyzzyx"]]
    while len(cases) < 22:
        n = rng.randint(1, 2000)
        pool = "abcdefghijklmnopqrstuvwxyz"[: rng.randint(2, 26)]
        s = "".join(rng.choice(pool) for _ in range(n))
        if [s] not in cases:
            cases.append([s])
    return cases


SOLUTIONS = [
r'''
class Solution:
    def longestDistinctBlock(self, s: str) -> str:
        last = {}
        left = 0
        best_l, best_len = 0, 0
        for i, c in enumerate(s):
            if c in last and last[c] >= left:
                left = last[c] + 1
            last[c] = i
            if i - left + 1 > best_len:
                best_l, best_len = left, i - left + 1
        return s[best_l:best_l + best_len]
''',
r'''
class Solution:
    def longestDistinctBlock(self, s: str) -> str:
        best = ""
        for i in range(len(s)):
            seen = set()
            j = i
            while j < len(s) and s[j] not in seen:
                seen.add(s[j])
                j += 1
            if j - i > len(best):
                best = s[i:j]
        return best
''',
]
