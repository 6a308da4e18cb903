TITLE = "Tiny Text Editor"
DIFFICULTY = "hard"
TAGS = ["simulation", "stack", "strings"]
STATEMENT = """\
A text editor starts with an empty text and the cursor at its beginning. You are given a string
C of keystrokes, processed from left to right:
- a lowercase letter is inserted at the cursor, and the cursor moves to just after it;
- < moves the cursor one character left (nothing happens at the beginning of the text);
- > moves the cursor one character right (nothing happens at the end of the text);
- # deletes the character just before the cursor (nothing happens at the beginning).
Print the final text.

Input
The input is given from Standard Input in the following format:
C

Output
Print the final text. If it is empty, print EMPTY instead.

Constraints
- 1 <= |C| <= 1000
- C consists of lowercase English letters and the characters <, > and #.
"""


def tests(rng):
    cases = ["abc<<x>#y\n", "ab##c\n", "#\n", "<<>>\n", "a<b<c<\n", "abc>>>\n", "ab<<<#d\n",
             "hello\n"]
    while len(cases) < 15:
        n = rng.randint(1, 1000 if len(cases) > 12 else 15)
        alphabet = rng.choice(["ab<>#", "abcxyz<#", "abcdefg<<>>#"])
        cases.append("".join(rng.choice(alphabet) for _ in range(n)) + "\n")
    return cases


SOLUTIONS = [
r'''
left, right = [], []
for ch in input().strip():
    if ch == "<":
        if left:
            right.append(left.pop())
    elif ch == ">":
        if right:
            left.append(right.pop())
    elif ch == "#":
        if left:
            left.pop()
    else:
        left.append(ch)
text = "".join(left) + "".join(reversed(right))
print(text if text else "EMPTY")
''',
r'''
buf = []
cur = 0
for ch in input().strip():
    if ch == "<":
        cur = max(cur - 1, 0)
    elif ch == ">":
        cur = min(cur + 1, len(buf))
    elif ch == "#":
        if cur:
            del buf[cur - 1]
            cur -= 1
    else:
        buf.insert(cur, ch)
        cur += 1
print("".join(buf) or "EMPTY")
''',
r'''
import sys
text = ""
pos = 0
for ch in sys.stdin.readline().rstrip("\n"):
    match ch:
        case "<":
            pos -= pos > 0
        case ">":
            pos += pos < len(text)
        case "#":
            if pos:
                text = text[:pos - 1] + text[pos:]
                pos -= 1
        case _:
            text = text[:pos] + ch + text[pos:]
            pos += 1
print(text if text else "EMPTY")
''',
r'''
from collections import deque
dq = deque()
before = 0
for ch in input().strip():
    if ch.isalpha():
        dq.rotate(-before)
        dq.appendleft(ch)
        dq.rotate(before)
        before += 1
    elif ch == "<" and before:
        before -= 1
    elif ch == ">" and before < len(dq):
        before += 1
    elif ch == "#" and before:
        dq.rotate(-(before - 1))
        dq.popleft()
        dq.rotate(before - 1)
        before -= 1
print("".join(dq) or "EMPTY")
''',
r'''
keys = input().strip()
nxt, prv, char = [-1], [-1], [""]
cur = 0
for ch in keys:
    if ch == "<":
        if cur != 0:
            cur = prv[cur]
    elif ch == ">":
        if nxt[cur] != -1:
            cur = nxt[cur]
    elif ch == "#":
        if cur != 0:
            p, q = prv[cur], nxt[cur]
            nxt[p] = q
            if q != -1:
                prv[q] = p
            cur = p
    else:
        node = len(char)
        char.append(ch)
        nxt.append(nxt[cur])
        prv.append(cur)
        if nxt[cur] != -1:
            prv[nxt[cur]] = node
        nxt[cur] = node
        cur = node
out = []
node = nxt[0]
while node != -1:
    out.append(char[node])
    node = nxt[node]
print("".join(out) or "EMPTY")
''',
]
