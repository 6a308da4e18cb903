TITLE = "Sum of a Range"
DIFFICULTY = "medium"
TAGS = ["arithmetic", "formula"]
STATEMENT = """\
You are given two integers L and R with L <= R. Print the sum of all integers from L to R
inclusive, that is, L + (L + 1) + ... + R. Note that the values may be negative and the
range may be very long, so adding the numbers one by one is too slow.

Input
The input is given from Standard Input in the following format:
L R

Output
Print the sum of all integers x with L <= x <= R, as an integer.

Constraints
- -10^12 <= L <= R <= 10^12
- L and R are integers.
"""


def tests(rng):
    cases = ["3 7\n", "-4 6\n", "0 0\n", "-5 -5\n", "-1000000000000 1000000000000\n",
             "1 1000000000000\n", "-1000000000000 -1\n", "-1000000000000 999999999999\n"]
    while len(cases) < 15:
        a = rng.randint(-10**12, 10**12)
        b = rng.randint(-10**12, 10**12)
        case = f"{min(a, b)} {max(a, b)}\n"
        if case not in cases:
            cases.append(case)
    return cases


SOLUTIONS = [
r'''
l, r = map(int, input().split())
print((l + r) * (r - l + 1) // 2)
''',
r'''
def tri(n):
    return n * (n + 1) // 2

l, r = map(int, input().split())
print(tri(r) - tri(l - 1))
''',
r'''
import sys
lo, hi = map(int, sys.stdin.read().split())
cnt = hi - lo + 1
print(cnt * lo + cnt * (cnt - 1) // 2)
''',
r'''
l, r = [int(x) for x in input().split()]
n = r - l + 1
q, rem = divmod(n, 2)
# pair the first and last terms: q pairs each summing to l + r, plus a middle term if n is odd
print(q * (l + r) + rem * (l + r) // 2)
''',
r'''
l, r = map(int, input().split())
pos = 0 if r <= 0 else r * (r + 1) // 2 - (max(l, 1) - 1) * max(l, 1) // 2
neg = 0 if l >= 0 else -((-l) * (-l + 1) // 2 - (max(-r, 1) - 1) * max(-r, 1) // 2)
print(pos + neg)
''',
]
