TITLE = "Card Battle Score"
DIFFICULTY = "easy"
TAGS = ["simulation"]
STATEMENT = """\
Alice and Bob each hold N cards. In round i (i = 1, ..., N) Alice plays A_i and Bob plays B_i.
The player with the larger card wins the round and earns A_i + B_i points; if the cards are
equal, nobody earns points. Print both final scores.

Input
The input is given from Standard Input in the following format:
N
A_1 A_2 ... A_N
B_1 B_2 ... B_N

Output
Print Alice's score and Bob's score, separated by a space.

Constraints
- 1 <= N <= 1000
- 1 <= A_i, B_i <= 10^6
- All input values are integers.
"""


def tests(rng):
    cases = ["3\n5 2 7\n3 2 9\n", "2\n1 1\n1 1\n", "1\n1000000\n1\n", "1\n1\n1000000\n",
             "4\n4 3 2 1\n1 2 3 4\n"]
    while len(cases) < 14:
        n = rng.randint(1, 1000 if len(cases) > 11 else 10)
        hi = rng.choice([3, 13, 10**6])
        a = [rng.randint(1, hi) for _ in range(n)]
        b = [rng.randint(1, hi) for _ in range(n)]
        cases.append(f"{n}\n{' '.join(map(str, a))}\n{' '.join(map(str, b))}\n")
    return cases


SOLUTIONS = [
r'''
n = int(input())
a = list(map(int, input().split()))
b = list(map(int, input().split()))
alice = bob = 0
for x, y in zip(a, b):
    if x > y:
        alice += x + y
    elif y > x:
        bob += x + y
print(alice, bob)
''',
r'''
n = int(input())
a = list(map(int, input().split()))
b = list(map(int, input().split()))
sa = sum(a[i] + b[i] for i in range(n) if a[i] > b[i])
sb = sum(a[i] + b[i] for i in range(n) if a[i] < b[i])
print(sa, sb)
''',
r'''
import sys
nums = list(map(int, sys.stdin.read().split()))
n = nums[0]
score = [0, 0, 0]
for x, y in zip(nums[1:n + 1], nums[n + 1:]):
    winner = (x > y) - (x < y)
    score[winner] += x + y
print(score[1], score[-1])
''',
r'''
from collections import defaultdict
n = int(input())
pts = defaultdict(int)
for x, y in zip(map(int, input().split()), map(int, input().split())):
    key = "A" if x > y else "B" if y > x else "tie"
    pts[key] += x + y
print(pts["A"], pts["B"])
''',
r'''
def play(a, b):
    if not a:
        return 0, 0
    rest = play(a[1:], b[1:])
    gain = a[0] + b[0]
    if a[0] > b[0]:
        return rest[0] + gain, rest[1]
    if b[0] > a[0]:
        return rest[0], rest[1] + gain
    return rest

import sys
sys.setrecursionlimit(5000)
input()
first = input().split()
second = input().split()
print(*play([int(v) for v in first], [int(v) for v in second]))
''',
]
