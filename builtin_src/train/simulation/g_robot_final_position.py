TITLE = "Where Did the Robot Stop"
DIFFICULTY = "easy"
TAGS = ["simulation", "strings"]
STATEMENT = """\
A robot stands at point (0, 0) of an infinite plane. It executes the commands of a string S one
by one: U moves it from (x, y) to (x, y + 1), D to (x, y - 1), L to (x - 1, y) and R to
(x + 1, y). Print the robot's final position.

Input
The input is given from Standard Input in the following format:
S

Output
Print the final x coordinate and y coordinate, separated by a space.

Constraints
- 1 <= |S| <= 1000
- S consists of the characters U, D, L and R.
"""


def tests(rng):
    cases = ["URRDL\n", "UUUU\n", "L\n", "UDLR\n", "D" * 1000 + "\n", "RRRLLL\n"]
    while len(cases) < 14:
        n = rng.randint(1, 1000 if len(cases) > 10 else 15)
        w = rng.choice(["UDLR", "UUDLRR", "LD"])
        cases.append("".join(rng.choice(w) for _ in range(n)) + "\n")
    return cases


SOLUTIONS = [
r'''
s = input()
print(s.count("R") - s.count("L"), s.count("U") - s.count("D"))
''',
r'''
moves = {"U": (0, 1), "D": (0, -1), "L": (-1, 0), "R": (1, 0)}
x = y = 0
for c in input().strip():
    dx, dy = moves[c]
    x += dx
    y += dy
print(x, y)
''',
r'''
pos = 0j
step = {"U": 1j, "D": -1j, "L": -1, "R": 1}
for c in input().strip():
    pos += step[c]
print(int(pos.real), int(pos.imag))
''',
r'''
from collections import Counter
c = Counter(input())
print(f"{c['R'] - c['L']} {c['U'] - c['D']}")
''',
r'''
import sys
s = sys.stdin.readline().strip()
x = sum(1 if ch == "R" else -1 if ch == "L" else 0 for ch in s)
y = sum((ch == "U") - (ch == "D") for ch in s)
print(x, y)
''',
]
