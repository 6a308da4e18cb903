TITLE = "Bank Account Log"
DIFFICULTY = "easy"
TAGS = ["simulation"]
STATEMENT = """\
A bank account starts with B yen. Then N requests are processed in order. A request "D x"
deposits x yen. A request "W x" withdraws x yen if the balance is at least x; otherwise the
request is rejected and the balance does not change.

Print the final balance and the number of rejected requests.

Input
The input is given from Standard Input in the following format:
B N
request_1
request_2
...
request_N

Output
Print the final balance on the first line and the number of rejected withdrawals on the second
line.

Constraints
- 0 <= B <= 10^9
- 1 <= N <= 1000
- Each request is "D x" or "W x" with 1 <= x <= 10^9 an integer.
"""


def tests(rng):
    cases = ["100 4\nW 30\nW 80\nD 50\nW 80\n", "0 2\nW 1\nD 1\n", "0 1\nD 1000000000\n",
             "5 3\nW 5\nW 1\nW 1\n", "1000000000 2\nW 1000000000\nD 1000000000\n"]
    while len(cases) < 14:
        n = rng.randint(1, 1000 if len(cases) > 11 else 10)
        hi = rng.choice([10, 1000, 10**9])
        b = rng.randint(0, hi)
        ops = [f"{rng.choice('DWW')} {rng.randint(1, hi)}" for _ in range(n)]
        cases.append(f"{b} {n}\n" + "\n".join(ops) + "\n")
    return cases


SOLUTIONS = [
r'''
b, n = map(int, input().split())
rejected = 0
for _ in range(n):
    kind, x = input().split()
    x = int(x)
    if kind == "D":
        b += x
    elif b >= x:
        b -= x
    else:
        rejected += 1
print(b)
print(rejected)
''',
r'''
import sys
lines = sys.stdin.read().splitlines()
balance = int(lines[0].split()[0])
fails = 0
for line in lines[1:]:
    op, amount = line[0], int(line[2:])
    if op == "W" and amount > balance:
        fails += 1
        continue
    balance += amount if op == "D" else -amount
print(balance, fails, sep="\n")
''',
r'''
from functools import reduce

def step(state, req):
    bal, bad = state
    kind, x = req.split()
    x = int(x)
    if kind == "D":
        return bal + x, bad
    return (bal - x, bad) if x <= bal else (bal, bad + 1)

b, n = map(int, input().split())
final = reduce(step, (input() for _ in range(n)), (b, 0))
print(*final, sep="\n")
''',
r'''
b, n = map(int, input().split())
state = {"money": b, "no": 0}

def deposit(x):
    state["money"] += x

def withdraw(x):
    if state["money"] >= x:
        state["money"] -= x
    else:
        state["no"] += 1

actions = {"D": deposit, "W": withdraw}
for _ in range(n):
    c, v = input().split()
    actions[c](int(v))
print(state["money"])
print(state["no"])
''',
r'''
import sys
tokens = sys.stdin.read().split()
money = int(tokens[0])
n = int(tokens[1])
refused = 0
for i in range(n):
    match tokens[2 + 2 * i], int(tokens[3 + 2 * i]):
        case "D", v:
            money += v
        case "W", v if v <= money:
            money -= v
        case _:
            refused += 1
print(money)
print(refused)
''',
]
