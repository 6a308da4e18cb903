TITLE = "Cutting a Digit String Into Small Numbers"
DIFFICULTY = "medium"
TAGS = ["dp", "strings", "counting"]
STYLE = "call"
ENTRY_POINT = "count_splits"
STARTER_CODE = "class Solution:\n    def count_splits(self, s: str, k: int) -> int:\n        "
STATEMENT = """\
Implement `count_splits(s, k)`. The string `s` consists of decimal digits. Cut `s` into one or
more consecutive non-empty pieces so that every piece, read as a decimal number, satisfies both
rules:

- the piece does not start with the digit 0 (so a piece "0" is not allowed either);
- its value is between 1 and `k`, inclusive.

Return the number of different ways to cut `s`, modulo 1000000007. Two ways are different if
the sets of cut positions differ. Return 0 if no valid way exists.

For example, `count_splits("1234", 34)` returns 5, for the cuts 1|2|3|4, 12|3|4, 1|23|4,
1|2|34 and 12|34.

Constraints
- 1 <= len(s) <= 1000
- `s` consists of the characters 0-9.
- 1 <= k <= 10^9
"""


def tests(rng):
    cases = [["1234", 34], ["1000", 10000], ["0", 5], ["7", 7], ["7", 6], ["10", 1], ["101", 10],
             ["1" * 1000, 1], ["1" * 1000, 11], ["1" * 1000, 10**9], ["9" * 1000, 99],
             ["1000000000", 10**9], ["2" * 10 + "0", 10**9]]
    while len(cases) < 20:
        n = rng.randint(1, 1000)
        digits = rng.choice(["123456789", "0123456789", "12", "102"])
        s = "".join(rng.choice(digits) for _ in range(n))
        if s[0] == "0" and rng.random() < 0.8:
            s = "1" + s[1:]
        cases.append([s, rng.choice([rng.randint(1, 100), rng.randint(1, 10**9), 10**9])])
    return cases


SOLUTIONS = [
r'''
class Solution:
    def count_splits(self, s: str, k: int) -> int:
        MOD = 10**9 + 7
        n = len(s)
        longest = len(str(k))
        ways = [1] + [0] * n  # ways[i]: ways to cut the first i digits
        for end in range(1, n + 1):
            total = 0
            for start in range(max(0, end - longest), end):
                if ways[start] and s[start] != "0" and int(s[start:end]) <= k:
                    total += ways[start]
            ways[end] = total % MOD
        return ways[n]
''',
r'''
import sys
from functools import lru_cache
sys.setrecursionlimit(10000)


class Solution:
    def count_splits(self, s: str, k: int) -> int:
        @lru_cache(maxsize=None)
        def go(i):
            if i == len(s):
                return 1
            if s[i] == "0":
                return 0
            res, value = 0, 0
            for j in range(i, len(s)):
                value = value * 10 + int(s[j])
                if value > k:
                    break
                res += go(j + 1)
            return res % 1000000007

        for i in range(len(s), -1, -1):
            go(i)
        return go(0)
''',
]
