TITLE = "Swap the Case"
DIFFICULTY = "easy"
TAGS = ["strings"]
STATEMENT = """\
You are given a string S consisting of lowercase and uppercase English letters. Build a new
string by turning every lowercase letter of S into uppercase and every uppercase letter into
lowercase, keeping the order of the characters. Print the new string.

Input
The input is given from Standard Input in the following format:
S

Output
Print the string obtained after swapping the case of every letter.

Constraints
- 1 <= |S| <= 100
- S consists of lowercase and uppercase English letters.
"""


def tests(rng):
    alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
    cases = ["HeLLo\n", "abcXYZ\n", "a\n", "Q\n", "aaaa\n", "ZZZZ\n",
             "AbCdEfGhIjKlMnOpQrStUvWxYz\n", "m" * 50 + "M" * 50 + "\n"]
    while len(cases) < 15:
        n = rng.randint(1, 100)
        case = "".join(rng.choice(alphabet) for _ in range(n)) + "\n"
        if case not in cases:
            cases.append(case)
    return cases


SOLUTIONS = [
r'''
print(input().swapcase())
''',
r'''
s = input()
out = ""
for c in s:
    if c.isupper():
        out += c.lower()
    else:
        out += c.upper()
print(out)
''',
r'''
import sys
s = sys.stdin.readline().strip()
print("".join(chr(ord(c) ^ 32) for c in s))
''',
r'''
import string
lo, up = string.ascii_lowercase, string.ascii_uppercase
print(input().translate(str.maketrans(lo + up, up + lo)))
''',
r'''
import re
s = input().strip()
print(re.sub(r"[A-Za-z]", lambda m: m.group(0).lower() if m.group(0) < "a" else m.group(0).upper(), s))
''',
]
