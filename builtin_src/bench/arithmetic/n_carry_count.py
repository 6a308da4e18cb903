TITLE = "Counting Carries"
DIFFICULTY = "medium"
TAGS = ["arithmetic", "digits", "addition"]
STATEMENT = """\
When two non-negative integers are added by hand, column by column from the rightmost digit, a
carry occurs in a column whenever the two digits of that column plus the carry coming from the
column to its right add up to 10 or more. Given A and B, print how many carries occur while
computing A + B this way. For example, 999 + 1 produces three carries.

Input
The input is given from Standard Input in the following format:
A B

Output
Print the number of carries as an integer.

Constraints
- 0 <= A, B <= 10^18
- A and B are integers.
"""


def tests(rng):
    cases = ["999 1\n", "123 456\n", "0 0\n", "5 5\n", "4 5\n", "1000000000000000000 0\n",
             "999999999999999999 1\n", "999999999999999999 999999999999999999\n",
             "1000000000000000000 1000000000000000000\n", "555 555\n", "909 91\n"]
    while len(cases) < 18:
        a = rng.randint(0, 10 ** rng.randint(1, 18))
        b = rng.randint(0, 10 ** rng.randint(1, 18))
        case = f"{a} {b}\n"
        if case not in cases:
            cases.append(case)
    return cases


SOLUTIONS = [
r'''
a, b = map(int, input().split())
carry = 0
count = 0
while a > 0 or b > 0:
    s = a % 10 + b % 10 + carry
    carry = 1 if s >= 10 else 0
    count += carry
    a //= 10
    b //= 10
print(count)
''',
r'''
a, b = map(int, input().split())
def digit_sum(x):
    return sum(map(int, str(x)))
# every carry lowers the digit sum of the result by exactly 9
print((digit_sum(a) + digit_sum(b) - digit_sum(a + b)) // 9)
''',
]
