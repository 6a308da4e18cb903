TITLE = "Reverse a String"
DIFFICULTY = "easy"
TAGS = ["strings"]
STATEMENT = """\
You are given a string S consisting of lowercase English letters. Print S written backwards,
that is, the string whose first character is the last character of S, whose second character
is the second-to-last character of S, and so on.

Input
The input is given from Standard Input in the following format:
S

Output
Print the reversed string on a single line.

Constraints
- 1 <= |S| <= 100
- S consists of lowercase English letters.
"""


def tests(rng):
    cases = ["abc\n", "level\n", "a\n", "ab\n", "zz\n", "abcdefghijklmnopqrstuvwxyz\n",
             "q" * 100 + "\n", "".join("ab"[i % 2] for i in range(99)) + "\n"]
    while len(cases) < 15:
        n = rng.randint(1, 100)
        case = "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(n)) + "\n"
        if case not in cases:
            cases.append(case)
    return cases


SOLUTIONS = [
r'''
print(input()[::-1])
''',
r'''
import sys
s = sys.stdin.readline().strip()
print("".join(reversed(s)))
''',
r'''
s = input()
out = ""
for ch in s:
    out = ch + out
print(out)
''',
r'''
s = input().strip()
n = len(s)
print("".join(s[n - 1 - i] for i in range(n)))
''',
r'''
chars = list(input())
i, j = 0, len(chars) - 1
while i < j:
    chars[i], chars[j] = chars[j], chars[i]
    i += 1
    j -= 1
print("".join(chars))
''',
r'''
def rev(t):
    if len(t) <= 1:
        return t
    return rev(t[1:]) + t[0]

print(rev(input().strip()))
''',
]
