TITLE = "Words in Reverse Order"
DIFFICULTY = "medium"
TAGS = ["strings", "parsing"]
STATEMENT = """\
You are given a sentence consisting of N words. Every word is made of lowercase English letters
and consecutive words are separated by exactly one space. Print the same words in reverse
order: the last word first, then the second-to-last word, and so on. The letters inside each
word must not be reversed.

Input
The input is given from Standard Input in the following format:
W_1 W_2 ... W_N

Output
Print the N words in reverse order on one line, separated by single spaces.

Constraints
- 1 <= N <= 100
- 1 <= |W_i| <= 10
- Each W_i consists of lowercase English letters.
"""


def tests(rng):
    cases = ["the quick brown fox\n", "hello\n", "a b\n", "same same same\n",
             "abcdefghij z\n", " ".join(["x"] * 100) + "\n",
             " ".join("abcdefghij"[: i % 10 + 1] for i in range(100)) + "\n"]
    while len(cases) < 15:
        n = rng.randint(1, 30)
        words = ["".join(rng.choice("abcdefgh") for _ in range(rng.randint(1, 10)))
                 for _ in range(n)]
        case = " ".join(words) + "\n"
        if case not in cases:
            cases.append(case)
    return cases


SOLUTIONS = [
r'''
print(" ".join(input().split()[::-1]))
''',
r'''
import sys
words = sys.stdin.readline().split()
print(*reversed(words))
''',
r'''
words = input().split()
stack = []
for w in words:
    stack.append(w)
out = []
while stack:
    out.append(stack.pop())
print(" ".join(out))
''',
r'''
s = input().strip() + " "
words = []
cur = ""
for ch in s:
    if ch == " ":
        words.insert(0, cur)
        cur = ""
    else:
        cur += ch
print(" ".join(words))
''',
r'''
def rev(line):
    if " " not in line:
        return line
    head, tail = line.split(" ", 1)
    return rev(tail) + " " + head

print(rev(input().strip()))
''',
r'''
s = input().strip()
parts = s.rsplit(" ")
n = len(parts)
print(" ".join(parts[n - 1 - i] for i in range(n)))
''',
]
