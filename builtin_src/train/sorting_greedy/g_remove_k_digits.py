TITLE = "Delete Digits for the Smallest Number"
DIFFICULTY = "hard"
TAGS = ["greedy", "stack", "strings"]
STATEMENT = """\
You are given a string S of decimal digits and an integer K. Delete exactly K characters of S
(the remaining characters keep their order). Among all strings you can obtain, print the
lexicographically smallest one. The result has exactly |S| - K characters; do not remove leading
zeros from it.

Input
The input is given from Standard Input in the following format:
S
K

Output
Print the smallest string obtainable.

Constraints
- 1 <= |S| <= 1000
- 0 <= K < |S|
- S consists of the characters 0 to 9.
"""


def tests(rng):
    cases = ["1432219\n3\n", "10200\n1\n", "7\n0\n", "12345\n4\n", "54321\n2\n", "99999\n3\n",
             "100\n1\n", "0000\n2\n"]
    while len(cases) < 15:
        n = rng.randint(1, 1000 if len(cases) > 12 else 12)
        digits = rng.choice(["0123456789", "019", "56"])
        s = "".join(rng.choice(digits) for _ in range(n))
        cases.append(f"{s}\n{rng.randint(0, n - 1)}\n")
    return cases


SOLUTIONS = [
r'''
s = input().strip()
k = int(input())
stack = []
for ch in s:
    while k and stack and stack[-1] > ch:
        stack.pop()
        k -= 1
    stack.append(ch)
if k:
    stack = stack[:-k]
print("".join(stack))
''',
r'''
s = input().strip()
k = int(input())
keep = len(s) - k
out = []
start = 0
for remaining in range(keep, 0, -1):
    window = s[start:len(s) - remaining + 1]
    best = min(window)
    start += window.index(best) + 1
    out.append(best)
print("".join(out))
''',
r'''
import sys
s, k = sys.stdin.read().split()
digits = list(s)
for _ in range(int(k)):
    i = 0
    while i + 1 < len(digits) and digits[i] <= digits[i + 1]:
        i += 1
    del digits[i]
print("".join(digits))
''',
r'''
import sys
sys.setrecursionlimit(5000)

def build(s, start, length):
    if length == 0:
        return ""
    end = len(s) - length + 1
    pos = min(range(start, end), key=lambda i: (s[i], i))
    return s[pos] + build(s, pos + 1, length - 1)

s = input().strip()
k = int(input())
print(build(s, 0, len(s) - k))
''',
r'''
from collections import deque
s = input().strip()
k = int(input())
target = len(s) - k
dq = deque()
for i, ch in enumerate(s):
    while dq and dq[-1] > ch and len(dq) - 1 + len(s) - i >= target:
        dq.pop()
    if len(dq) < target:
        dq.append(ch)
print("".join(dq))
''',
]
