TITLE = "Bookends"
DIFFICULTY = "easy"
TAGS = ["strings", "indexing"]
STATEMENT = """\
You are given a string S of lowercase English letters. Determine whether the first character of
S is the same as the last character of S. When S has length 1, its first and last characters are
the same character.

Input
The input is given from Standard Input in the following format:
S

Output
Print Yes if the first and last characters of S are equal, and No otherwise.

Constraints
- 1 <= |S| <= 100
- S consists of lowercase English letters.
"""


def tests(rng):
    cases = ["level\n", "hello\n", "a\n", "ab\n", "aa\n", "abca\n", "zyxwvutsrqponmlkjihgfedcbz\n",
             "a" + "b" * 98 + "c\n"]
    while len(cases) < 18:
        n = rng.randint(2, 100)
        s = [rng.choice("abc") for _ in range(n)]
        case = "".join(s) + "\n"
        if case not in cases:
            cases.append(case)
    return cases


SOLUTIONS = [
r'''
s = input()
print("Yes" if s[0] == s[-1] else "No")
''',
r'''
s = input().strip()
print("Yes" if s.startswith(s[len(s) - 1]) else "No")
''',
]
