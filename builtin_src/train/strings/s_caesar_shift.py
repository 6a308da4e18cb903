TITLE = "Rotate the Alphabet"
DIFFICULTY = "medium"
TAGS = ["strings", "modular"]
STATEMENT = """\
You are given an integer K and a string S of lowercase English letters. Replace every letter of
S by the letter that comes K positions later in the alphabet, where the alphabet wraps around
after z back to a. For example, with K = 3 the letter x becomes a and the letter b becomes e.
Print the resulting string.

Input
The input is given from Standard Input in the following format:
K
S

Output
Print the shifted string on a single line.

Constraints
- 0 <= K <= 10^9
- K is an integer.
- 1 <= |S| <= 1000
- S consists of lowercase English letters.
"""


def tests(rng):
    abc = "abcdefghijklmnopqrstuvwxyz"
    cases = ["3\nxyzabc\n", "0\nhello\n", "26\nhello\n", "1\nz\n", "25\na\n",
             "1000000000\nabcdefghijklmnopqrstuvwxyz\n", "13\n" + "n" * 1000 + "\n",
             "999999999\nzebra\n"]
    while len(cases) < 15:
        k = rng.choice([rng.randint(0, 30), rng.randint(0, 10 ** 9)])
        s = "".join(rng.choice(abc) for _ in range(rng.randint(1, 1000)))
        case = f"{k}\n{s}\n"
        if case not in cases:
            cases.append(case)
    return cases


SOLUTIONS = [
r'''
k = int(input())
s = input()
print("".join(chr((ord(c) - 97 + k) % 26 + 97) for c in s))
''',
r'''
import string
k = int(input()) % 26
a = string.ascii_lowercase
print(input().translate(str.maketrans(a, a[k:] + a[:k])))
''',
r'''
import sys
data = sys.stdin.read().split()
k = int(data[0]) % 26
alpha = "abcdefghijklmnopqrstuvwxyz"
mapping = {alpha[i]: alpha[(i + k) % 26] for i in range(26)}
res = []
for ch in data[1]:
    res.append(mapping[ch])
print("".join(res))
''',
r'''
from collections import deque
k = int(input())
d = deque("abcdefghijklmnopqrstuvwxyz")
d.rotate(-(k % 26))
shifted = "".join(d)
print("".join(shifted[ord(c) - ord("a")] for c in input()))
''',
r'''
k = int(input()) % 26
s = input().strip()
out = ""
for c in s:
    v = ord(c) + k
    if v > ord("z"):
        v -= 26
    out += chr(v)
print(out)
''',
]
