TITLE = "Postfix Calculator"
DIFFICULTY = "medium"
TAGS = ["simulation", "stack"]
STATEMENT = """\
An expression is written in postfix notation: numbers are pushed onto a stack, and an operator
+, - or * pops the top value y, then the next value x, and pushes x + y, x - y or x * y. For
example "3 4 - 5 *" means (3 - 4) * 5 = -5. You are given a valid postfix expression as N tokens;
print its value.

Input
The input is given from Standard Input in the following format:
N
token_1 token_2 ... token_N

Output
Print the value of the expression as an integer (it may be negative or very large).

Constraints
- 1 <= N <= 399
- Each token is +, -, * or an integer between 0 and 100.
- The tokens form a valid postfix expression: every operator finds two values on the stack and
  exactly one value remains at the end.
"""


def _expr(rng, leaves):
    if leaves == 1:
        return [str(rng.randint(0, 100))]
    k = rng.randint(1, leaves - 1)
    return _expr(rng, k) + _expr(rng, leaves - k) + [rng.choice("+-*+-")]


def tests(rng):
    raw = [["3", "4", "-", "5", "*"], ["2", "3", "4", "*", "+"], ["7"], ["0", "100", "-"],
           ["100", "100", "*", "100", "*"], ["5", "1", "2", "+", "4", "*", "+", "3", "-"]]
    while len(raw) < 15:
        raw.append(_expr(rng, rng.randint(1, 200 if len(raw) > 11 else 6)))
    return [f"{len(t)}\n{' '.join(t)}\n" for t in raw]


SOLUTIONS = [
r'''
input()
stack = []
for tok in input().split():
    if tok in "+-*":
        y = stack.pop()
        x = stack.pop()
        if tok == "+":
            stack.append(x + y)
        elif tok == "-":
            stack.append(x - y)
        else:
            stack.append(x * y)
    else:
        stack.append(int(tok))
print(stack[0])
''',
r'''
import operator, sys
ops = {"+": operator.add, "-": operator.sub, "*": operator.mul}
st = []
for tok in sys.stdin.read().split()[1:]:
    if tok in ops:
        b, a = st.pop(), st.pop()
        st.append(ops[tok](a, b))
    else:
        st.append(int(tok))
print(st[-1])
''',
r'''
import sys
sys.setrecursionlimit(10000)
input()
tokens = input().split()
pos = len(tokens)

def evaluate():
    global pos
    pos -= 1
    t = tokens[pos]
    if t not in ("+", "-", "*"):
        return int(t)
    right = evaluate()
    left = evaluate()
    return left + right if t == "+" else left - right if t == "-" else left * right

print(evaluate())
''',
r'''
from collections import deque
input()
values = deque()
for tok in input().split():
    match tok:
        case "+":
            values.append(values.pop() + values.pop())
        case "-":
            values.append(-values.pop() + values.pop())
        case "*":
            values.append(values.pop() * values.pop())
        case _:
            values.append(int(tok))
print(values.pop())
''',
r'''
from functools import reduce
input()
apply = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b}

def push(stack, tok):
    if tok in apply:
        return stack[:-2] + (apply[tok](stack[-2], stack[-1]),)
    return stack + (int(tok),)

print(reduce(push, input().split(), ())[0])
''',
]
