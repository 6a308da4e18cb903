TITLE = "Digital Root"
DIFFICULTY = "medium"
TAGS = ["arithmetic", "digits"]
STATEMENT = """\
You are given a positive integer N with up to 1000 digits. Replace N by the sum of its
decimal digits, and repeat this as long as N has two or more digits. Print the single digit
that remains. For example, 9875 becomes 29, then 11, then 2.

Input
The input is given from Standard Input in the following format:
N

Output
Print the final single digit as an integer.

Constraints
- 1 <= N < 10^1000
- N is an integer written without leading zeros.
"""


def tests(rng):
    cases = ["9875\n", "5\n", "9\n", "10\n", "9" * 1000 + "\n", "1" + "0" * 999 + "\n",
             "18\n", "99999999999999999999\n"]
    while len(cases) < 15:
        n = rng.randint(1, 1000)
        s = str(rng.randint(1, 9)) + "".join(rng.choice("0123456789") for _ in range(n - 1))
        case = s + "\n"
        if case not in cases:
            cases.append(case)
    return cases


SOLUTIONS = [
r'''
s = input().strip()
while len(s) > 1:
    s = str(sum(int(c) for c in s))
print(s)
''',
r'''
n = int(input())
print(1 + (n - 1) % 9)
''',
r'''
def root(s):
    return s if len(s) == 1 else root(str(sum(map(int, s))))

print(root(input().strip()))
''',
r'''
import sys
t = sum(int(c) for c in sys.stdin.read().strip()) % 9
print(9 if t == 0 else t)
''',
r'''
n = int(input())
while n >= 10:
    total = 0
    while n:
        total += n % 10
        n //= 10
    n = total
print(n)
''',
]
