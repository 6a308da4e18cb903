TITLE = "Capital Letters"
DIFFICULTY = "easy"
TAGS = ["strings", "counting"]
STATEMENT = """\
You are given a string S consisting of uppercase and lowercase English letters. Count the
uppercase letters (A through Z) in S and print that number.

Input
The input is given from Standard Input in the following format:
S

Output
Print the number of uppercase letters in S.

Constraints
- 1 <= |S| <= 1000
- S consists of uppercase and lowercase English letters.
"""


def tests(rng):
    letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
    cases = ["HelloWorld\n", "abc\n", "A\n", "z\n", "ABCDEFGHIJKLMNOPQRSTUVWXYZ\n",
             "Z" * 1000 + "\n", "a" * 1000 + "\n"]
    while len(cases) < 15:
        n = rng.randint(1, 1000)
        case = "".join(rng.choice(letters) for _ in range(n)) + "\n"
        if case not in cases:
            cases.append(case)
    return cases


SOLUTIONS = [
r'''
print(sum(c.isupper() for c in input()))
''',
r'''
s = input()
cnt = 0
for c in s:
    if "A" <= c <= "Z":
        cnt += 1
print(cnt)
''',
r'''
import re
import sys
print(len(re.findall("[A-Z]", sys.stdin.readline())))
''',
r'''
s = input().strip()
print(sum(1 for a, b in zip(s, s.lower()) if a != b))
''',
r'''
import string
s = input().strip()
rest = s.translate(str.maketrans("", "", string.ascii_uppercase))
print(len(s) - len(rest))
''',
r'''
s = input()
print(len(list(filter(str.isupper, s))))
''',
]
