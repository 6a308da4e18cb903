TITLE = "Title Case"
DIFFICULTY = "medium"
TAGS = ["strings"]
STATEMENT = """\
You are given a line of text made of words separated by single spaces. Every word consists of
lowercase English letters. Make the first letter of every word uppercase and leave all other
letters lowercase, then print the line. The spaces must stay exactly where they are.

Input
The input is given from Standard Input in the following format:
L

Output
Print the line after capitalising the first letter of each word.

Constraints
- L contains between 1 and 100 words.
- Each word has between 1 and 10 lowercase English letters.
- Consecutive words are separated by exactly one space, and L has no leading or trailing spaces.
"""


def tests(rng):
    cases = ["hello world\n", "a b c\n", "x\n", "programming\n", "to be or not to be\n",
             " ".join(["q"] * 100) + "\n", " ".join(["abcdefghij"] * 100) + "\n"]
    while len(cases) < 15:
        n = rng.randint(1, 40)
        words = ["".join(rng.choice("abcdefghijklmnopqrstuvwxyz")
                         for _ in range(rng.randint(1, 10))) for _ in range(n)]
        case = " ".join(words) + "\n"
        if case not in cases:
            cases.append(case)
    return cases


SOLUTIONS = [
r'''
print(" ".join(w[0].upper() + w[1:] for w in input().split()))
''',
r'''
print(input().title())
''',
r'''
import re
import sys
line = sys.stdin.readline().rstrip("\n")
print(re.sub(r"\b[a-z]", lambda m: m.group().upper(), line))
''',
r'''
s = input()
out = []
prev = " "
for c in s:
    out.append(c.upper() if prev == " " else c)
    prev = c
print("".join(out))
''',
r'''
import string
print(string.capwords(input()))
''',
r'''
words = input().split(" ")
for i in range(len(words)):
    words[i] = words[i].capitalize()
print(*words)
''',
]
