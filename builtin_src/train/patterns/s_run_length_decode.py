TITLE = "Expand the Code"
DIFFICULTY = "medium"
TAGS = ["strings", "run-length", "parsing"]
STATEMENT = """\
A string is compressed by writing each block of repeated letters as the letter followed by the
number of repetitions in decimal; for example, a3b1c12 stands for aaab followed by twelve c's.
You are given such a code E. Print the original string. The numbers in E have no leading zeros
and are at least 1. Adjacent blocks may use the same letter.

Input
The input is given from Standard Input in the following format:
E

Output
Print the decoded string on a single line.

Constraints
- 2 <= |E| <= 1000
- E is a sequence of blocks, each a lowercase English letter followed by a positive integer
  without leading zeros.
- The decoded string has length between 1 and 2000.
"""


def tests(rng):
    cases = ["a3b1c12\n", "x1\n", "z10\n", "a1a1\n", "q2000\n", "a999b1001\n",
             "".join(c + "1" for c in "abcdefghijklmnopqrstuvwxyz") + "\n", "m20n3m1\n"]
    while len(cases) < 15:
        blocks = []
        total = 0
        limit = rng.randint(1, 2000)
        while True:
            k = rng.choice([1, 2, 9, 10, rng.randint(1, 150)])
            if total + k > limit and blocks:
                break
            blocks.append(rng.choice("abcxyz") + str(k))
            total += k
        case = "".join(blocks) + "\n"
        if case not in cases and len(case) <= 1001:
            cases.append(case)
    return cases


SOLUTIONS = [
r'''
import re
print("".join(ch * int(k) for ch, k in re.findall(r"([a-z])(\d+)", input())))
''',
r'''
e = input()
out = []
i = 0
while i < len(e):
    ch = e[i]
    j = i + 1
    while j < len(e) and e[j].isdigit():
        j += 1
    out.append(ch * int(e[i + 1:j]))
    i = j
print("".join(out))
''',
r'''
import sys
e = sys.stdin.readline().strip()
res = ""
letter = ""
num = 0
for c in e + "#":
    if c.isdigit():
        num = num * 10 + int(c)
    else:
        res += letter * num
        letter, num = c, 0
print(res)
''',
r'''
import re
e = input().strip()
letters = re.split(r"\d+", e)[:-1]
counts = re.split(r"[a-z]", e)[1:]
print("".join(a * int(b) for a, b in zip(letters, counts)))
''',
r'''
from itertools import groupby
e = input()
pieces = ["".join(g) for _, g in groupby(e, key=str.isalpha)]
print("".join(pieces[i] * int(pieces[i + 1]) for i in range(0, len(pieces), 2)))
''',
]
