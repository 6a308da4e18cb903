TITLE = "Digit Sums up to N"
DIFFICULTY = "medium"
TAGS = ["arithmetic", "digits"]
STATEMENT = """\
For a positive integer x, let f(x) be the sum of the decimal digits of x. Given a positive
integer N, print f(1) + f(2) + ... + f(N).

Input
The input is given from Standard Input in the following format:
N

Output
Print the value of f(1) + f(2) + ... + f(N) as an integer.

Constraints
- 1 <= N <= 10^5
- N is an integer.
"""


def tests(rng):
    cases = ["12\n", "100\n", "1\n", "9\n", "10\n", "100000\n", "99999\n", "54321\n"]
    while len(cases) < 14:
        case = f"{rng.randint(1, 10**5)}\n"
        if case not in cases:
            cases.append(case)
    return cases


SOLUTIONS = [
r'''
n = int(input())
print(sum(sum(map(int, str(i))) for i in range(1, n + 1)))
''',
r'''
n = int(input())
total = 0
for i in range(1, n + 1):
    x = i
    while x:
        total += x % 10
        x //= 10
print(total)
''',
r'''
n = int(input())
f = [0] * (n + 1)
for i in range(1, n + 1):
    f[i] = f[i // 10] + i % 10
print(sum(f))
''',
r'''
import sys
n = int(sys.stdin.readline())
text = "".join(map(str, range(1, n + 1)))
print(sum(d * text.count(str(d)) for d in range(1, 10)))
''',
r'''
n = int(input())
ans = 0
p = 1
while p <= n:
    high, cur, low = n // (p * 10), n // p % 10, n % p
    # contribution of this decimal position: full cycles, then the partial cycle
    ans += high * 45 * p + cur * (cur - 1) // 2 * p + cur * (low + 1)
    p *= 10
print(ans)
''',
]
