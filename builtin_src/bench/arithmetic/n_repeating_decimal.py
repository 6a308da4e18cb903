TITLE = "Exact Decimal Expansion"
DIFFICULTY = "hard"
TAGS = ["arithmetic", "long division", "fractions"]
STATEMENT = """\
You are given integers P and Q. Print the exact decimal expansion of P / Q.

Write the integer part first. If P / Q is an integer, print only the integer part. Otherwise
print a dot followed by the fractional digits. If the expansion terminates, print all its
fractional digits (the last one is non-zero). If it repeats forever, print the digits before
the repeating block and then the shortest repeating block enclosed in parentheses, where the
repeating block starts as early as possible. For example, 1/3 is 0.(3), 1/6 is 0.1(6),
22/7 is 3.(142857), 3/4 is 0.75, 11/90 is 0.1(2) and 6/3 is 2.

Input
The input is given from Standard Input in the following format:
P Q

Output
Print the decimal expansion of P / Q in the format described above.

Constraints
- 0 <= P <= 10^9
- 1 <= Q <= 5000
- P and Q are integers.
"""


def tests(rng):
    cases = ["1 6\n", "22 7\n", "0 1\n", "6 3\n", "3 4\n", "1 3\n", "11 90\n", "1 4999\n",
             "1000000000 4999\n", "1 4096\n", "1000000000 1\n", "7 12\n", "1 81\n", "5 5000\n"]
    while len(cases) < 20:
        p = rng.randint(0, 10 ** rng.randint(1, 9))
        q = rng.randint(1, 5000)
        case = f"{p} {q}\n"
        if case not in cases:
            cases.append(case)
    return cases


SOLUTIONS = [
r'''
p, q = map(int, input().split())
whole, r = divmod(p, q)
if r == 0:
    print(whole)
else:
    digits = []
    seen = {}
    while r and r not in seen:
        seen[r] = len(digits)
        r *= 10
        digits.append(str(r // q))
        r %= q
    if r == 0:
        print(f"{whole}." + "".join(digits))
    else:
        i = seen[r]
        print(f"{whole}." + "".join(digits[:i]) + "(" + "".join(digits[i:]) + ")")
''',
r'''
from math import gcd
p, q = map(int, input().split())
g = gcd(p, q)
p, q = p // g, q // g
whole, r = divmod(p, q)
if r == 0:
    print(whole)
else:
    # length of the non-repeating part: max exponent of 2 and 5 in q
    m, pre = q, 0
    a = b = 0
    while m % 2 == 0:
        m //= 2
        a += 1
    while m % 5 == 0:
        m //= 5
        b += 1
    pre = max(a, b)
    period = 0
    if m > 1:
        period, t = 1, 10 % m
        while t != 1:
            t = t * 10 % m
            period += 1
    out = []
    for _ in range(pre + period):
        r *= 10
        out.append(str(r // q))
        r %= q
    s = "".join(out)
    print(f"{whole}." + s[:pre] + (f"({s[pre:]})" if period else ""))
''',
]
