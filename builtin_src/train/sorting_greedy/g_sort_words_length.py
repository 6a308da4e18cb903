TITLE = "Order Words by Length"
DIFFICULTY = "easy"
TAGS = ["sorting", "strings"]
STATEMENT = """\
You are given N words. Sort them so that shorter words come first; words of the same length
are ordered lexicographically (dictionary order). Identical words stay as separate entries.

Input
The input is given from Standard Input in the following format:
N
W_1
W_2
...
W_N

Output
Print the N words in the sorted order, one per line.

Constraints
- 1 <= N <= 1000
- 1 <= |W_i| <= 10
- Each W_i consists of lowercase English letters.
"""


def tests(rng):
    cases = ["4\nbanana\nfig\napple\nkiwi\n", "3\nbb\na\nab\n", "1\nz\n", "3\ncat\ncat\nact\n",
             "5\nabcdefghij\na\nbcd\nbc\nb\n"]
    while len(cases) < 14:
        n = rng.randint(1, 1000 if len(cases) > 11 else 12)
        letters = rng.choice(["ab", "abc", "abcdefghijklmnopqrstuvwxyz"])
        words = ["".join(rng.choice(letters) for _ in range(rng.randint(1, 10))) for _ in range(n)]
        cases.append(f"{n}\n" + "\n".join(words) + "\n")
    return cases


SOLUTIONS = [
r'''
n = int(input())
words = [input() for _ in range(n)]
print("\n".join(sorted(words, key=lambda w: (len(w), w))))
''',
r'''
import sys
words = sys.stdin.read().split()[1:]
words.sort()
words.sort(key=len)
for w in words:
    print(w)
''',
r'''
from collections import defaultdict
n = int(input())
groups = defaultdict(list)
for _ in range(n):
    w = input().strip()
    groups[len(w)].append(w)
for length in sorted(groups):
    for w in sorted(groups[length]):
        print(w)
''',
r'''
from functools import cmp_to_key

def compare(x, y):
    if len(x) != len(y):
        return len(x) - len(y)
    return (x > y) - (x < y)

n = int(input())
items = [input() for _ in range(n)]
print(*sorted(items, key=cmp_to_key(compare)), sep="\n")
''',
r'''
import heapq
n = int(input())
heap = []
for _ in range(n):
    w = input()
    heapq.heappush(heap, (len(w), w))
while heap:
    print(heapq.heappop(heap)[1])
''',
]
