TITLE = "Matching Positions"
DIFFICULTY = "easy"
TAGS = ["strings", "counting"]
STATEMENT = """\
You are given two strings S and T of the same length N, both consisting of lowercase English
letters. Count the indices i (1 <= i <= N) such that the i-th character of S is the same as the
i-th character of T, and print that number.

Input
The input is given from Standard Input in the following format:
S
T

Output
Print the number of positions where S and T have the same character.

Constraints
- 1 <= N <= 100
- |S| = |T| = N
- S and T consist of lowercase English letters.
"""


def tests(rng):
    cases = ["abcde\nabxdy\n", "abc\nxyz\n", "a\na\n", "a\nb\n", "ab\nba\n",
             "q" * 100 + "\n" + "q" * 100 + "\n", "q" * 100 + "\n" + "r" * 100 + "\n"]
    while len(cases) < 18:
        n = rng.randint(1, 100)
        s = "".join(rng.choice("abc") for _ in range(n))
        t = "".join(rng.choice("abc") for _ in range(n))
        case = s + "\n" + t + "\n"
        if case not in cases:
            cases.append(case)
    return cases


SOLUTIONS = [
r'''
s = input()
t = input()
print(sum(a == b for a, b in zip(s, t)))
''',
r'''
s = input().strip()
t = input().strip()
c = 0
for i in range(len(s)):
    if s[i] == t[i]:
        c += 1
print(c)
''',
]
