TITLE = "Balanced Cut"
DIFFICULTY = "medium"
TAGS = ["arithmetic", "prefix sums"]
STYLE = "call"
ENTRY_POINT = "minSplitDifference"
STARTER_CODE = "class Solution:\n    def minSplitDifference(self, nums: list[int]) -> int:\n        "
STATEMENT = """\
You are given a list nums of integers with at least two elements. Cut the list at one position
into a non-empty left part nums[0..i] and a non-empty right part nums[i+1..n-1], where n is
the length of nums. The imbalance of the cut is the absolute value of (sum of the left part)
minus (sum of the right part).

Implement minSplitDifference(nums), which returns the smallest imbalance over all n - 1
possible cut positions, as an integer.

For example, for nums = [3, 1, 2, 4] the cuts give |3 - 7| = 4, |4 - 6| = 2 and
|6 - 4| = 2, so the answer is 2.

Constraints
- 2 <= n <= 10^5
- -10^9 <= nums[i] <= 10^9
"""


def tests(rng):
    cases = [[[3, 1, 2, 4]], [[5, 5]], [[1, 2]], [[-3, 3]], [[0, 0, 0]],
             [[10**9, -10**9, 10**9, -10**9]], [[-10**9] * 7],
             [[10**9] * 100000], [[1] + [0] * 99999], [[7, -2, -2, 7, 1]]]
    while len(cases) < 18:
        n = rng.choice([rng.randint(2, 10), rng.randint(2, 10**5)])
        lim = rng.choice([10, 10**9])
        lo = rng.choice([0, -lim])
        cases.append([[rng.randint(lo, lim) for _ in range(n)]])
    return cases


SOLUTIONS = [
r'''
class Solution:
    def minSplitDifference(self, nums: list[int]) -> int:
        total = sum(nums)
        left = 0
        best = None
        for x in nums[:-1]:
            left += x
            diff = abs(2 * left - total)
            if best is None or diff < best:
                best = diff
        return best
''',
r'''
from itertools import accumulate

class Solution:
    def minSplitDifference(self, nums: list[int]) -> int:
        pre = list(accumulate(nums))
        total = pre[-1]
        return min(abs(total - 2 * p) for p in pre[:-1])
''',
]
