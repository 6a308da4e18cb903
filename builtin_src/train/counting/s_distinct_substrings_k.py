TITLE = "Different Windows"
DIFFICULTY = "medium"
TAGS = ["strings", "counting", "sets"]
STATEMENT = """\
You are given a string S of lowercase English letters and an integer K. Consider all substrings
of S of length exactly K, that is, all blocks of K consecutive characters. Print how many
different strings appear among them. Two substrings at different positions that spell the same
string are counted once.

Input
The input is given from Standard Input in the following format:
S
K

Output
Print the number of distinct substrings of S of length K.

Constraints
- 1 <= K <= |S| <= 1000
- S consists of lowercase English letters.
- K is an integer.
"""


def tests(rng):
    cases = ["ababa\n2\n", "aaaa\n3\n", "a\n1\n", "abc\n3\n", "abcd\n1\n", "zz\n1\n",
             "a" * 1000 + "\n500\n", "ab" * 500 + "\n7\n",
             "abcdefghijklmnopqrstuvwxyz\n2\n"]
    while len(cases) < 15:
        n = rng.randint(1, 1000)
        s = "".join(rng.choice("ab" if rng.random() < 0.5 else "abcd") for _ in range(n))
        k = rng.randint(1, min(n, 12))
        case = f"{s}\n{k}\n"
        if case not in cases:
            cases.append(case)
    return cases


SOLUTIONS = [
r'''
s = input()
k = int(input())
print(len({s[i:i + k] for i in range(len(s) - k + 1)}))
''',
r'''
import sys
s, k = sys.stdin.read().split()
k = int(k)
seen = set()
for i in range(len(s) - k + 1):
    seen.add(s[i:i + k])
print(len(seen))
''',
r'''
s = input().strip()
k = int(input())
print(len(set(zip(*[s[j:] for j in range(k)]))))
''',
r'''
s = input()
k = int(input())
subs = sorted(s[i:i + k] for i in range(len(s) - k + 1))
print(sum(1 for j in range(len(subs)) if j == 0 or subs[j] != subs[j - 1]))
''',
r'''
s = input()
k = int(input())
windows = dict.fromkeys(map(lambda i: s[i:i + k], range(len(s) - k + 1)))
print(len(windows))
''',
]
