TITLE = "Binary Representation"
DIFFICULTY = "medium"
TAGS = ["arithmetic", "base conversion"]
STATEMENT = """\
You are given a non-negative integer N. Print N written in base 2 (binary), without leading
zeros. The number 0 is written as a single 0.

Input
The input is given from Standard Input in the following format:
N

Output
Print the binary representation of N, a string of characters 0 and 1, on a single line.

Constraints
- 0 <= N <= 10^18
- N is an integer.
"""


def tests(rng):
    cases = ["13\n", "0\n", "1\n", "2\n", "1000000000000000000\n",
             f"{2**59 - 1}\n", f"{2**59}\n", "255\n"]
    while len(cases) < 15:
        case = f"{rng.randint(0, 10 ** rng.randint(1, 18))}\n"
        if case not in cases:
            cases.append(case)
    return cases


SOLUTIONS = [
r'''
print(bin(int(input()))[2:])
''',
r'''
n = int(input())
if n == 0:
    print(0)
else:
    bits = []
    while n > 0:
        bits.append(str(n % 2))
        n //= 2
    print("".join(reversed(bits)))
''',
r'''
def to_bin(n):
    if n < 2:
        return str(n)
    return to_bin(n >> 1) + str(n & 1)

print(to_bin(int(input())))
''',
r'''
import sys
n = int(sys.stdin.read())
print(format(n, "b"))
''',
r'''
n = int(input())
width = max(n.bit_length(), 1)
print("".join("1" if n >> k & 1 else "0" for k in range(width - 1, -1, -1)))
''',
]
