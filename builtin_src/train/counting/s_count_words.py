TITLE = "Word Counter"
DIFFICULTY = "easy"
TAGS = ["strings", "counting", "parsing"]
STATEMENT = """\
You are given one line of text consisting of lowercase English letters and spaces. A word is a
maximal block of consecutive letters. Words may be separated by one or more spaces, and the
line may also start or end with spaces. Print the number of words in the line.

Input
The input is given from Standard Input in the following format:
L

Output
Print the number of words in L.

Constraints
- 1 <= |L| <= 1000
- L consists of lowercase English letters and spaces.
- L contains at least one letter.
"""


def tests(rng):
    cases = ["hello big   world\n", "  single  \n", "a\n", "a b\n", "  ab   cd ef  \n",
             "x" * 1000 + "\n", " ".join(["y"] * 500) + " \n", " " * 998 + "k\n"]
    while len(cases) < 15:
        n = rng.randint(1, 1000)
        line = [rng.choice("ab      ") for _ in range(n)]
        line[rng.randrange(n)] = "c"
        case = "".join(line) + "\n"
        if case not in cases:
            cases.append(case)
    return cases


SOLUTIONS = [
r'''
print(len(input().split()))
''',
r'''
import re
import sys
print(len(re.findall(r"[a-z]+", sys.stdin.readline())))
''',
r'''
line = input()
words = 0
inside = False
for ch in line:
    if ch != " " and not inside:
        words += 1
    inside = ch != " "
print(words)
''',
r'''
s = input()
print(sum(1 for i in range(len(s)) if s[i] != " " and (i == 0 or s[i - 1] == " ")))
''',
r'''
parts = input().split(" ")
print(len([p for p in parts if p]))
''',
]
