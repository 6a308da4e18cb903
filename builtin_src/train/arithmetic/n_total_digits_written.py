TITLE = "Digits Written"
DIFFICULTY = "hard"
TAGS = ["arithmetic", "digits", "formula"]
STATEMENT = """\
Takahashi writes down every integer from 1 to N in decimal, one after another. How many
digits does he write in total? For example, for N = 12 he writes 1, 2, ..., 9 (nine digits)
and then 10, 11, 12 (six digits), fifteen digits in total.

Input
The input is given from Standard Input in the following format:
N

Output
Print the total number of digits written, as an integer.

Constraints
- 1 <= N <= 10^15
- N is an integer.
"""


def tests(rng):
    cases = ["12\n", "1000\n", "1\n", "9\n", "10\n", "99\n", "100\n",
             "1000000000000000\n", "999999999999999\n"]
    while len(cases) < 15:
        case = f"{rng.randint(1, 10 ** rng.randint(1, 15))}\n"
        if case not in cases:
            cases.append(case)
    return cases


SOLUTIONS = [
r'''
n = int(input())
total = 0
start, width = 1, 1
while start <= n:
    end = min(n, start * 10 - 1)
    total += (end - start + 1) * width
    start *= 10
    width += 1
print(total)
''',
r'''
s = input().strip()
d = len(s)
n = int(s)
print(d * (n + 1) - (10 ** d - 1) // 9)
''',
r'''
import sys
n = int(sys.stdin.read())
# the k-th digit position is used by every number >= 10^(k-1)
print(sum(max(0, n - 10 ** (k - 1) + 1) for k in range(1, 17)))
''',
r'''
def digits(n):
    if n < 10:
        return n
    d = len(str(n))
    low = 10 ** (d - 1)
    return digits(low - 1) + d * (n - low + 1)

print(digits(int(input())))
''',
r'''
n = int(input())
ans = 0
p = 1
while p <= n:
    ans += n - p + 1
    p *= 10
print(ans)
''',
]
