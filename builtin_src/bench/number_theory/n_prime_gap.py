TITLE = "Widest Prime Gap in a Range"
DIFFICULTY = "medium"
TAGS = ["number theory", "primes", "sieve"]
STYLE = "call"
ENTRY_POINT = "largestPrimeGap"
STARTER_CODE = "class Solution:\n    def largestPrimeGap(self, left: int, right: int) -> int:\n        "
STATEMENT = """\
Implement largestPrimeGap(left, right). Consider all prime numbers p with left <= p <= right,
sorted in increasing order. Return the largest difference between two consecutive primes of
this list, as an integer. If the range contains fewer than two primes, return -1.

For example, the primes between 20 and 40 are 23, 29, 31 and 37, with consecutive differences
6, 2 and 6, so largestPrimeGap(20, 40) returns 6. largestPrimeGap(24, 28) returns -1 because
the range contains no prime.

Constraints
- 1 <= left <= right <= 10^6
- left and right are integers.
"""


def tests(rng):
    cases = [[20, 40], [24, 28], [1, 1], [1, 2], [2, 3], [1, 1000000], [999000, 1000000],
             [113, 127], [114, 126], [2, 2], [3, 5], [370261, 370373]]
    while len(cases) < 18:
        a = rng.randint(1, 10**6)
        b = min(10**6, a + rng.choice([rng.randint(0, 100), rng.randint(0, 10**6)]))
        if [a, b] not in cases:
            cases.append([a, b])
    return cases


SOLUTIONS = [
r'''
class Solution:
    def largestPrimeGap(self, left: int, right: int) -> int:
        sieve = bytearray([1]) * (right + 1)
        sieve[0] = 0
        if right >= 1:
            sieve[1] = 0
        i = 2
        while i * i <= right:
            if sieve[i]:
                sieve[i * i::i] = bytes(len(range(i * i, right + 1, i)))
            i += 1
        best, prev = -1, None
        for p in range(left, right + 1):
            if sieve[p]:
                if prev is not None:
                    best = max(best, p - prev)
                prev = p
        return best
''',
r'''
class Solution:
    def largestPrimeGap(self, left: int, right: int) -> int:
        limit = int(right ** 0.5) + 1
        small = [p for p in range(2, limit + 1) if all(p % q for q in range(2, int(p ** 0.5) + 1))]
        flags = [True] * (right - left + 1)
        for p in small:
            start = max(p * p, (left + p - 1) // p * p)
            for m in range(start, right + 1, p):
                flags[m - left] = False
        primes = [left + i for i, f in enumerate(flags) if f and left + i >= 2]
        gaps = [b - a for a, b in zip(primes, primes[1:])]
        return max(gaps) if gaps else -1
''',
]
