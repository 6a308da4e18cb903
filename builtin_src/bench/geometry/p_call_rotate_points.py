TITLE = "Quarter Turns Around the Origin"
DIFFICULTY = "easy"
TAGS = ["geometry", "rotation", "origin"]
STYLE = "call"
ENTRY_POINT = "rotatePoints"
STARTER_CODE = "class Solution:\n    def rotatePoints(self, points: list[list[int]], k: int) -> list[list[int]]:\n        "
STATEMENT = """\
You are given a list `points` of points on the xy-plane, each written as a pair [x, y] of
integers, and a non-negative integer k.

The whole plane is rotated about the origin (0, 0) by 90 degrees counterclockwise, k times in
a row. A single such rotation moves the point (x, y) to (-y, x).

Implement `rotatePoints(points, k)` that returns a new list containing, for each input point
in the same order, its position [x, y] after the k rotations.

Constraints
- 1 <= len(points) <= 1000
- -10^9 <= x, y <= 10^9
- 0 <= k <= 10^9
"""


def tests(rng):
    cases = [
        [[[1, 2]], 1],
        [[[3, -4], [0, 0]], 2],
        [[[0, 0]], 0],
        [[[5, 0], [0, 5]], 3],
        [[[1, 1], [-1, 1], [-1, -1], [1, -1]], 4],
        [[[1000000000, -1000000000]], 1000000000],
        [[[-7, 2], [2, -7]], 999999999],
        [[[2, 3]], 5],
    ]
    while len(cases) < 18:
        n = rng.randint(1, 1000 if len(cases) % 3 == 0 else 10)
        lim = rng.choice([10, 10**9])
        pts = [[rng.randint(-lim, lim), rng.randint(-lim, lim)] for _ in range(n)]
        k = rng.choice([rng.randint(0, 8), rng.randint(0, 10**9)])
        if [pts, k] not in cases:
            cases.append([pts, k])
    return cases


SOLUTIONS = [
r'''
class Solution:
    def rotatePoints(self, points: list[list[int]], k: int) -> list[list[int]]:
        r = k % 4
        res = []
        for x, y in points:
            for _ in range(r):
                x, y = -y, x
            res.append([x, y])
        return res
''',
r'''
class Solution:
    def rotatePoints(self, points, k):
        z = 1j ** (k % 4)
        out = []
        for x, y in points:
            w = complex(x, y) * z
            out.append([int(w.real), int(w.imag)])
        return out
''',
]
