TITLE = "Dictionary First"
DIFFICULTY = "easy"
TAGS = ["strings", "comparison"]
STATEMENT = """\
You are given two strings S and T consisting of lowercase English letters. Print the one that
comes first in lexicographical (dictionary) order. A proper prefix of a string comes before the
string itself; for example, ab comes before abc. If S and T are equal, print S.

Input
The input is given from Standard Input in the following format:
S
T

Output
Print the lexicographically smaller of S and T.

Constraints
- 1 <= |S| <= 100
- 1 <= |T| <= 100
- S and T consist of lowercase English letters.
"""


def tests(rng):
    cases = ["banana\napple\n", "abc\nab\n", "ab\nabc\n", "same\nsame\n", "a\nb\n", "z\ny\n",
             "zzzz\nzzza\n", "b\naaaaaaaa\n", "a" * 100 + "\n" + "a" * 99 + "b\n"]
    while len(cases) < 15:
        s = "".join(rng.choice("abc") for _ in range(rng.randint(1, 10)))
        t = "".join(rng.choice("abc") for _ in range(rng.randint(1, 10)))
        case = s + "\n" + t + "\n"
        if case not in cases:
            cases.append(case)
    return cases


SOLUTIONS = [
r'''
s = input()
t = input()
print(min(s, t))
''',
r'''
import sys
print(min(sys.stdin.read().split()))
''',
r'''
s = input()
t = input()
if s <= t:
    print(s)
else:
    print(t)
''',
r'''
s = input().strip()
t = input().strip()
ans = s if len(s) <= len(t) else t
for a, b in zip(s, t):
    if a != b:
        ans = s if a < b else t
        break
print(ans)
''',
r'''
words = [input() for _ in range(2)]
words.sort()
print(words[0])
''',
]
