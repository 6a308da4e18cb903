TITLE = "The Centre Letter"
DIFFICULTY = "easy"
TAGS = ["strings", "indexing"]
STATEMENT = """\
You are given a string S of odd length consisting of lowercase English letters. Print the
character in the exact middle of S, that is, the character that has as many characters to its
left as to its right.

Input
The input is given from Standard Input in the following format:
S

Output
Print the middle character of S.

Constraints
- 1 <= |S| <= 99
- |S| is odd.
- S consists of lowercase English letters.
"""


def tests(rng):
    cases = ["abcde\n", "x\n", "abc\n", "zzz\n", "abzde\n", "a" * 49 + "b" + "a" * 49 + "\n",
             "abcdefghijklmnopqrstuvwxy\n"]
    while len(cases) < 18:
        n = 2 * rng.randint(0, 49) + 1
        case = "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(n)) + "\n"
        if case not in cases:
            cases.append(case)
    return cases


SOLUTIONS = [
r'''
s = input()
print(s[len(s) // 2])
''',
r'''
s = input().strip()
while len(s) > 1:
    s = s[1:-1]
print(s)
''',
]
