TITLE = "Repeating Unit"
DIFFICULTY = "hard"
TAGS = ["strings", "periodicity"]
STATEMENT = """\
You are given a string S of length N consisting of lowercase English letters. Find the smallest
positive integer p such that p divides N and S is equal to its first p characters written N / p
times in a row. For example, for S = abcabcabc the answer is 3, and for S = abcab it is 5
(p = N always works).

Input
The input is given from Standard Input in the following format:
S

Output
Print the smallest such p.

Constraints
- 1 <= N <= 2000
- S consists of lowercase English letters.
"""


def tests(rng):
    cases = ["abcabcabc\n", "abcab\n", "a\n", "aa\n", "ab\n", "abab\n", "aba\n",
             "a" * 2000 + "\n", "ab" * 1000 + "\n", "a" * 1999 + "b\n",
             ("aab" * 333 + "aa") + "\n", "abcd" * 500 + "\n"]
    while len(cases) < 18:
        k = rng.randint(1, 40)
        unit = "".join(rng.choice("ab") for _ in range(k))
        reps = rng.randint(1, 2000 // k)
        s = unit * reps
        if rng.random() < 0.3:
            i = rng.randrange(len(s))
            s = s[:i] + ("a" if s[i] == "b" else "b") + s[i + 1:]
        case = s + "\n"
        if case not in cases:
            cases.append(case)
    return cases


SOLUTIONS = [
r'''
s = input()
n = len(s)
for p in range(1, n + 1):
    if n % p == 0 and s[:p] * (n // p) == s:
        print(p)
        break
''',
r'''
s = input().strip()
print((s + s).find(s, 1))
''',
r'''
import sys
s = sys.stdin.readline().strip()
n = len(s)
pi = [0] * n
for i in range(1, n):
    k = pi[i - 1]
    while k and s[i] != s[k]:
        k = pi[k - 1]
    if s[i] == s[k]:
        k += 1
    pi[i] = k
p = n - pi[-1]
print(p if n % p == 0 else n)
''',
r'''
import re
s = input()
print(len(re.fullmatch(r"(.+?)\1*", s).group(1)))
''',
r'''
s = input()
n = len(s)
divs = [d for d in range(1, n + 1) if n % d == 0]
print(next(d for d in divs if len({s[i:i + d] for i in range(0, n, d)}) == 1))
''',
r'''
s = input()
n = len(s)
z = [0] * n
l = r = 0
for i in range(1, n):
    if i < r:
        z[i] = min(r - i, z[i - l])
    while i + z[i] < n and s[z[i]] == s[i + z[i]]:
        z[i] += 1
    if i + z[i] > r:
        l, r = i, i + z[i]
ans = n
for p in range(1, n):
    if n % p == 0 and z[p] == n - p:
        ans = p
        break
print(ans)
''',
]
