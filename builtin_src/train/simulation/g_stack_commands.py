TITLE = "Plate Stack"
DIFFICULTY = "easy"
TAGS = ["simulation", "stack"]
STATEMENT = """\
Plates with numbers written on them are stacked one on top of another. Initially there are no
plates. Process Q commands in order:
- "push x": put a plate with number x on top of the stack.
- "pop": remove the top plate; if there is no plate, do nothing.
- "top": print the number on the top plate, or EMPTY if there is no plate.

Input
The input is given from Standard Input in the following format:
Q
command_1
...
command_Q

Output
For every "top" command, print one line with the answer.

Constraints
- 1 <= Q <= 1000
- 1 <= x <= 10^9, x is an integer.
- At least one command is "top".
"""


def tests(rng):
    cases = ["5\npush 3\npush 7\ntop\npop\ntop\n", "3\npop\ntop\ntop\n",
             "1\ntop\n", "4\npush 1000000000\npop\npop\ntop\n", "4\npush 5\npush 5\npop\ntop\n"]
    while len(cases) < 14:
        q = rng.randint(1, 1000 if len(cases) > 11 else 12)
        cmds = []
        for _ in range(q):
            r = rng.random()
            if r < 0.45:
                cmds.append(f"push {rng.randint(1, rng.choice([9, 10**9]))}")
            elif r < 0.75:
                cmds.append("pop")
            else:
                cmds.append("top")
        if "top" not in cmds:
            cmds[-1] = "top"
        cases.append(f"{q}\n" + "\n".join(cmds) + "\n")
    return cases


SOLUTIONS = [
r'''
q = int(input())
stack = []
for _ in range(q):
    cmd = input().split()
    if cmd[0] == "push":
        stack.append(cmd[1])
    elif cmd[0] == "pop":
        if stack:
            stack.pop()
    else:
        print(stack[-1] if stack else "EMPTY")
''',
r'''
import sys
from collections import deque
dq = deque()
out = []
for line in sys.stdin.read().splitlines()[1:]:
    if line.startswith("push"):
        dq.append(int(line[5:]))
    elif line == "pop":
        if dq:
            dq.pop()
    else:
        out.append(str(dq[-1]) if dq else "EMPTY")
print("\n".join(out))
''',
r'''
import sys
head = None
next(sys.stdin)
for line in sys.stdin:
    word, *arg = line.split()
    if word == "push":
        head = (arg[0], head)
    elif word == "pop":
        head = head and head[1]
    else:
        print("EMPTY" if head is None else head[0])
''',
r'''
import sys
tokens = sys.stdin.read().split()
arr = [0] * 1000
size = 0
i = 1
while i < len(tokens):
    t = tokens[i]
    if t == "push":
        arr[size] = tokens[i + 1]
        size += 1
        i += 2
        continue
    if t == "pop":
        size = max(0, size - 1)
    else:
        print(arr[size - 1] if size else "EMPTY")
    i += 1
''',
r'''
q = int(input())
plates = []
for _ in range(q):
    match input().split():
        case ["push", x]:
            plates.append(x)
        case ["pop"]:
            plates[-1:] = []
        case ["top"]:
            print(plates[-1] if plates else "EMPTY")
''',
]
