TITLE = "Shout It"
DIFFICULTY = "easy"
TAGS = ["strings"]
STATEMENT = """\
You are given a string S consisting of lowercase English letters, uppercase English letters
and digits. Convert every lowercase letter of S to the corresponding uppercase letter and print
the result. Uppercase letters and digits stay unchanged.

Input
The input is given from Standard Input in the following format:
S

Output
Print the converted string on a single line.

Constraints
- 1 <= |S| <= 100
- S consists of lowercase English letters, uppercase English letters and digits.
"""


def tests(rng):
    alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
    cases = ["hello\n", "AtCoder2024\n", "a\n", "Z\n", "7\n", "abcdefghijklmnopqrstuvwxyz\n",
             "ABCXYZ\n", "0123456789\n", "z" * 100 + "\n"]
    while len(cases) < 15:
        n = rng.randint(1, 100)
        case = "".join(rng.choice(alphabet) for _ in range(n)) + "\n"
        if case not in cases:
            cases.append(case)
    return cases


SOLUTIONS = [
r'''
print(input().upper())
''',
r'''
s = input()
res = []
for c in s:
    if "a" <= c <= "z":
        res.append(chr(ord(c) - 32))
    else:
        res.append(c)
print("".join(res))
''',
r'''
import string
table = str.maketrans(string.ascii_lowercase, string.ascii_uppercase)
print(input().translate(table))
''',
r'''
import re
import sys
s = sys.stdin.readline().rstrip("\n")
print(re.sub(r"[a-z]", lambda m: m.group().upper(), s))
''',
r'''
print("".join(map(str.upper, input())))
''',
r'''
low = "abcdefghijklmnopqrstuvwxyz"
up = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
s = input()
print("".join(up[low.index(c)] if c in low else c for c in s))
''',
]
