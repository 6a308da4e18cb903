TITLE = "Vowel Count"
DIFFICULTY = "easy"
TAGS = ["strings", "counting"]
STATEMENT = """\
You are given a string S of lowercase English letters. Print how many characters of S are vowels.
The vowels are a, e, i, o and u.

Input
The input is given from Standard Input in the following format:
S

Output
Print the number of vowels in S as an integer.

Constraints
- 1 <= |S| <= 100
- S consists of lowercase English letters.
"""


def tests(rng):
    cases = ["atcoder\n", "xyz\n", "a\n", "aeiou\n", "b\n", "z" * 100 + "\n", "u" * 100 + "\n"]
    while len(cases) < 15:
        n = rng.randint(1, 100)
        case = "".join(rng.choice("abcdeiouxyz") for _ in range(n)) + "\n"
        if case not in cases:
            cases.append(case)
    return cases


SOLUTIONS = [
r'''
s = input()
print(sum(c in "aeiou" for c in s))
''',
r'''
import sys
s = sys.stdin.readline().strip()
count = 0
for ch in s:
    if ch in "aeiou":
        count += 1
print(count)
''',
r'''
from collections import Counter
cnt = Counter(input().strip())
print(cnt["a"] + cnt["e"] + cnt["i"] + cnt["o"] + cnt["u"])
''',
r'''
import re
print(len(re.findall(r"[aeiou]", input())))
''',
r'''
s = input().strip()
consonants = s.translate(str.maketrans("", "", "aeiou"))
print(len(s) - len(consonants))
''',
]
