TITLE = "Clashing Bookings"
DIFFICULTY = "medium"
TAGS = ["intervals", "sorting", "binary search"]
STYLE = "call"
ENTRY_POINT = "countClashes"
STARTER_CODE = "class Solution:\n    def countClashes(self, bookings: list[list[int]]) -> int:\n        "
STATEMENT = """\
A meeting room has a list of bookings. Each booking is a pair [s, e] of integers with s < e and
occupies the half-open time range from minute s up to, but not including, minute e. So [10, 20]
and [20, 30] do not clash, while [10, 20] and [19, 25] do.

Two bookings clash if their time ranges share a positive amount of time. Bookings may be
identical.

Implement `countClashes(bookings)` that returns the number of unordered pairs of different
bookings (different positions in the list) that clash.

Constraints
- 1 <= len(bookings) <= 500
- 0 <= s < e <= 10^6
"""


def tests(rng):
    cases = [
        [[[10, 20], [15, 25], [20, 30]]],
        [[[0, 5], [5, 10], [10, 15]]],
        [[[1, 2]]],
        [[[0, 1000000], [0, 1000000]]],
        [[[0, 10], [1, 2], [3, 4], [5, 6]]],
        [[[7, 8]] * 5],
        [[[0, 3], [2, 5], [4, 7], [6, 9]]],
    ]
    while len(cases) < 18:
        n = rng.randint(1, rng.choice([10, 100, 500]))
        lim = rng.choice([50, 1000, 10**6])
        span = rng.choice([lim // 50 + 1, lim // 5 + 1])
        bs = []
        for _ in range(n):
            s = rng.randint(0, lim - 1)
            bs.append([s, min(lim, s + rng.randint(1, span))])
        if [bs] not in cases:
            cases.append([bs])
    return cases


SOLUTIONS = [
r'''
from bisect import bisect_left

class Solution:
    def countClashes(self, bookings: list[list[int]]) -> int:
        iv = sorted(bookings)
        starts = [s for s, _ in iv]
        total = 0
        for i, (s, e) in enumerate(iv):
            total += bisect_left(starts, e) - i - 1
        return total
''',
r'''
class Solution:
    def countClashes(self, bookings):
        n = len(bookings)
        c = 0
        for i in range(n):
            for j in range(i + 1, n):
                a, b = bookings[i], bookings[j]
                if max(a[0], b[0]) < min(a[1], b[1]):
                    c += 1
        return c
''',
]
