TITLE = "Hidden in Order"
DIFFICULTY = "medium"
TAGS = ["strings", "two pointers", "subsequence"]
STATEMENT = """\
You are given two strings S and T of lowercase English letters. Determine whether T is a
subsequence of S, that is, whether T can be obtained by deleting zero or more characters of S
without changing the order of the remaining characters. For example, pen is a subsequence of
opening, but nep is not.

Input
The input is given from Standard Input in the following format:
S
T

Output
Print Yes if T is a subsequence of S, and No otherwise.

Constraints
- 1 <= |S| <= 2000
- 1 <= |T| <= 2000
- S and T consist of lowercase English letters.
"""


def tests(rng):
    cases = ["opening\npen\n", "opening\nnep\n", "a\na\n", "a\nb\n", "a\naa\n", "ab\nba\n",
             "abc\nabc\n", "abc\nabcd\n", "z" * 2000 + "\n" + "z" * 2000 + "\n",
             "z" * 1999 + "\n" + "z" * 2000 + "\n", "ab" * 1000 + "\n" + "b" * 1000 + "\n",
             "ab" * 1000 + "\n" + "b" * 1001 + "\n"]
    while len(cases) < 22:
        n = rng.randint(1, 2000)
        s = "".join(rng.choice("abc") for _ in range(n))
        keep = [c for c in s if rng.random() < rng.choice([0.1, 0.5, 0.9])] or [s[0]]
        if rng.random() < 0.5:
            i = rng.randrange(len(keep))
            keep.insert(i, rng.choice("abc"))
        case = s + "\n" + "".join(keep) + "\n"
        if case not in cases:
            cases.append(case)
    return cases


SOLUTIONS = [
r'''
s = input()
t = input()
j = 0
for c in s:
    if j < len(t) and c == t[j]:
        j += 1
print("Yes" if j == len(t) else "No")
''',
r'''
s = input().strip()
t = input().strip()
it = iter(s)
print("Yes" if all(c in it for c in t) else "No")
''',
r'''
s = input()
t = input()
pos = -1
ok = True
for c in t:
    pos = s.find(c, pos + 1)
    if pos < 0:
        ok = False
        break
print("Yes" if ok else "No")
''',
]
