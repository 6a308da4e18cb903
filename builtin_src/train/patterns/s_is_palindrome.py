TITLE = "Palindrome Test"
DIFFICULTY = "easy"
TAGS = ["strings", "palindromes"]
STATEMENT = """\
A string is a palindrome if it reads the same from left to right and from right to left, for
example racecar or noon. You are given a string S of lowercase English letters. Determine
whether S is a palindrome.

Input
The input is given from Standard Input in the following format:
S

Output
Print Yes if S is a palindrome, and No otherwise.

Constraints
- 1 <= |S| <= 1000
- S consists of lowercase English letters.
"""


def tests(rng):
    cases = ["racecar\n", "abca\n", "a\n", "ab\n", "aa\n", "abba\n", "abcba\n", "abcab\n",
             "z" * 1000 + "\n", "z" * 499 + "y" + "z" * 500 + "\n"]
    while len(cases) < 16:
        n = rng.randint(1, 500)
        half = "".join(rng.choice("ab") for _ in range(n))
        s = half + rng.choice(["", "a", "c"]) + half[::-1]
        if rng.random() < 0.4:
            s = list(s)
            s[rng.randrange(len(s))] = "c"
            s = "".join(s)
        case = s + "\n"
        if case not in cases:
            cases.append(case)
    return cases


SOLUTIONS = [
r'''
s = input()
print("Yes" if s == s[::-1] else "No")
''',
r'''
import sys
s = sys.stdin.readline().strip()
i, j = 0, len(s) - 1
ok = True
while i < j:
    if s[i] != s[j]:
        ok = False
        break
    i += 1
    j -= 1
print("Yes" if ok else "No")
''',
r'''
s = input()
n = len(s)
print("Yes" if all(s[k] == s[n - 1 - k] for k in range(n // 2)) else "No")
''',
r'''
def pal(t):
    if len(t) < 2:
        return True
    return t[0] == t[-1] and pal(t[1:-1])

print("Yes" if pal(input().strip()) else "No")
''',
r'''
s = input()
print(["No", "Yes"][list(s) == list(reversed(s))])
''',
]
