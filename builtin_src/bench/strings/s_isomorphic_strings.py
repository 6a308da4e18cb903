TITLE = "Consistent Relabelling"
DIFFICULTY = "medium"
TAGS = ["strings", "mapping"]
STATEMENT = """\
You are given two strings S and T of the same length consisting of lowercase English letters.
You want to turn S into T by relabelling letters: choose for every letter x a letter f(x), then
replace every character c of S by f(c). Different letters must receive different labels
(f(x) != f(y) whenever x != y); a letter may keep its own label. Determine whether some choice
of f turns S into exactly T.

Input
The input is given from Standard Input in the following format:
S
T

Output
Print Yes if such a relabelling exists, and No otherwise.

Constraints
- 1 <= |S| = |T| <= 1000
- S and T consist of lowercase English letters.
"""


def tests(rng):
    cases = ["seen\nmoor\n", "moon\nmama\n", "a\nb\n", "a\na\n", "ab\naa\n", "aa\nab\n",
             "abc\nbca\n", "abab\nbaba\n", "abcdefghijklmnopqrstuvwxyz\nbcdefghijklmnopqrstuvwxyza\n",
             "kayak\nrotor\n", "z" * 1000 + "\n" + "y" * 1000 + "\n"]
    letters = "abcdefghijklmnopqrstuvwxyz"
    while len(cases) < 22:
        n = rng.randint(1, 1000)
        s = [rng.choice(letters[: rng.randint(1, 8)]) for _ in range(n)]
        perm = list(letters)
        rng.shuffle(perm)
        t = [perm[ord(c) - 97] for c in s]
        r = rng.random()
        if r < 0.35:
            i, j = rng.randrange(n), rng.randrange(n)
            if s[i] != s[j]:
                t[i] = t[j]
            else:
                t[i] = "z" if t[i] != "z" else "y"
        elif r < 0.55:
            t = [chr(97 + (ord(c) - 97) // 2) for c in s]
        case = "".join(s) + "\n" + "".join(t) + "\n"
        if case not in cases:
            cases.append(case)
    return cases


SOLUTIONS = [
r'''
s = input()
t = input()
pairs = set(zip(s, t))
ok = len(pairs) == len(set(s)) == len(set(t))
print("Yes" if ok else "No")
''',
r'''
s = input().strip()
t = input().strip()
fwd, back = {}, {}
ok = True
for a, b in zip(s, t):
    if fwd.setdefault(a, b) != b or back.setdefault(b, a) != a:
        ok = False
        break
print("Yes" if ok else "No")
''',
r'''
s = input()
t = input()
print("Yes" if [s.index(c) for c in s] == [t.index(c) for c in t] else "No")
''',
]
