TITLE = "Echo K Times"
DIFFICULTY = "easy"
TAGS = ["strings"]
STATEMENT = """\
You are given a string S of lowercase English letters and a positive integer K. Print the string
obtained by writing S exactly K times in a row, with nothing between the copies. For example, for
S = ab and K = 3 the answer is ababab.

Input
The input is given from Standard Input in the following format:
S
K

Output
Print S repeated K times on a single line.

Constraints
- 1 <= |S| <= 10
- 1 <= K <= 10
- S consists of lowercase English letters.
- K is an integer.
"""


def tests(rng):
    cases = ["ab\n3\n", "hello\n1\n", "a\n1\n", "z\n10\n", "abcdefghij\n10\n",
             "abcdefghij\n1\n", "xy\n2\n"]
    while len(cases) < 18:
        s = "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rng.randint(1, 10)))
        case = f"{s}\n{rng.randint(1, 10)}\n"
        if case not in cases:
            cases.append(case)
    return cases


SOLUTIONS = [
r'''
s = input()
k = int(input())
print(s * k)
''',
r'''
s = input().strip()
k = int(input())
out = ""
for _ in range(k):
    out += s
print(out)
''',
]
