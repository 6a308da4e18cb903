TITLE = "Hidden Copies of a Word"
DIFFICULTY = "hard"
TAGS = ["dp", "strings", "counting"]
STATEMENT = """\
You are given a text S and a word T, both consisting of lowercase English letters. An occurrence
of T in S as a subsequence is a choice of indices i_1 < i_2 < ... < i_{|T|} such that the
S[i_1] S[i_2] ... S[i_{|T|}] spells T. Two occurrences are different if their index sequences
differ.

Count the occurrences of T in S as a subsequence and print the count modulo 1000000007.

Input
The input is given from Standard Input in the following format:
S
T

Output
Print the number of occurrences modulo 1000000007.

Constraints
- 1 <= |S| <= 1000
- 1 <= |T| <= 100
- S and T consist of lowercase English letters.
"""


def tests(rng):
    def rs(n, alpha):
        return "".join(rng.choice(alpha) for _ in range(n))

    cases = ["banana\nban\n", "abc\nabcd\n", "a\na\n", "a\nb\n", "aaaa\naa\n",
             "a" * 1000 + "\n" + "a" * 100 + "\n", "a" * 1000 + "\n" + "a" * 50 + "\n",
             "ab" * 500 + "\n" + "ab" * 50 + "\n", "z" * 1000 + "\n" + "y\n", "abc\nabc\n"]
    while len(cases) < 17:
        alpha = rng.choice(["ab", "abc", "abcdefghijklmnopqrstuvwxyz"])
        cases.append(rs(rng.randint(1, 1000), alpha) + "\n" + rs(rng.randint(1, 100), alpha[:2]) + "\n")
    return cases


SOLUTIONS = [
r'''
s = input()
t = input()
MOD = 10**9 + 7
m = len(t)
cnt = [1] + [0] * m  # cnt[j]: ways to form the first j letters of t so far
for ch in s:
    for j in range(m, 0, -1):
        if t[j - 1] == ch:
            cnt[j] = (cnt[j] + cnt[j - 1]) % MOD
print(cnt[m])
''',
r'''
import sys
s, t = sys.stdin.read().split()
n, m = len(s), len(t)
ways = [[0] * (m + 1) for _ in range(n + 1)]
for i in range(n + 1):
    ways[i][m] = 1
for i in range(n - 1, -1, -1):
    for j in range(m - 1, -1, -1):
        ways[i][j] = ways[i + 1][j]
        if s[i] == t[j]:
            ways[i][j] = (ways[i][j] + ways[i + 1][j + 1]) % 1000000007
print(ways[0][0])
''',
]
