TITLE = "Multiples in a Range"
DIFFICULTY = "easy"
TAGS = ["number theory", "divisibility"]
STATEMENT = """\
You are given integers A, B and K with 0 <= A <= B and K >= 1. Print how many integers x with
A <= x <= B are divisible by K. Note that 0 is divisible by every K.

Input
The input is given from Standard Input in the following format:
A B K

Output
Print the number of multiples of K between A and B inclusive, as an integer.

Constraints
- 0 <= A <= B <= 10^18
- 1 <= K <= 10^18
- All values in the input are integers.
"""


def tests(rng):
    cases = ["4 12 3\n", "5 7 10\n", "0 0 1\n", "0 0 5\n", "1 1 1\n",
             "0 1000000000000000000 1\n", "1 1000000000000000000 1000000000000000000\n",
             "6 6 3\n", "7 8 3\n"]
    while len(cases) < 15:
        a = rng.randint(0, 10**18)
        b = rng.randint(0, 10**18)
        k = rng.randint(1, 10 ** rng.randint(1, 18))
        case = f"{min(a, b)} {max(a, b)} {k}\n"
        if case not in cases:
            cases.append(case)
    return cases


SOLUTIONS = [
r'''
a, b, k = map(int, input().split())
print(b // k - (a - 1) // k)
''',
r'''
a, b, k = map(int, input().split())
first = -(-a // k) * k
print(0 if first > b else (b - first) // k + 1)
''',
r'''
import sys
a, b, k = map(int, sys.stdin.read().split())
count = b // k + 1
if a > 0:
    count -= (a - 1) // k + 1
print(count)
''',
r'''
vals = [int(t) for t in input().split()]
lo, hi, step = vals
up_to_hi = len(range(0, hi + 1, step))
below_lo = len(range(0, lo, step))
print(up_to_hi - below_lo)
''',
r'''
a, b, k = map(int, input().split())
qa, ra = divmod(a, k)
qb = b // k
print(qb - qa + (1 if ra == 0 else 0))
''',
]
