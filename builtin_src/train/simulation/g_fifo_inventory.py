TITLE = "First In, First Out"
DIFFICULTY = "hard"
TAGS = ["simulation", "queue"]
STATEMENT = """\
A shop keeps a stock of identical items, initially empty, and processes Q operations in order:
- "BUY q p": q items are added to the stock, each bought for p yen.
- "SELL q r": q items are sold, each for r yen. The items that have been in stock the longest
  are always sold first.
The profit of a sale is the money received minus what the sold items cost when they were
bought. Print the total profit of all sales (it may be negative).

Input
The input is given from Standard Input in the following format:
Q
operation_1
...
operation_Q

Output
Print the total profit as an integer.

Constraints
- 1 <= Q <= 1000
- 1 <= q <= 100, 1 <= p, r <= 1000
- Every SELL asks for at most as many items as are in stock at that moment.
- All numbers are integers.
"""


def tests(rng):
    cases = ["4\nBUY 3 10\nBUY 2 20\nSELL 4 15\nSELL 1 5\n", "2\nBUY 5 7\nSELL 5 7\n",
             "1\nBUY 1 1\n", "3\nBUY 100 1000\nSELL 100 1\nBUY 1 1\n",
             "5\nBUY 1 5\nSELL 1 9\nBUY 2 3\nBUY 2 4\nSELL 3 1\n"]
    while len(cases) < 14:
        q = rng.randint(1, 1000 if len(cases) > 11 else 8)
        stock, ops = 0, []
        for _ in range(q):
            if stock and rng.random() < 0.5:
                amt = rng.randint(1, min(100, stock))
                stock -= amt
                ops.append(f"SELL {amt} {rng.randint(1, 1000)}")
            else:
                amt = rng.randint(1, rng.choice([5, 100]))
                stock += amt
                ops.append(f"BUY {amt} {rng.randint(1, 1000)}")
        cases.append(f"{q}\n" + "\n".join(ops) + "\n")
    return cases


SOLUTIONS = [
r'''
from collections import deque
q = int(input())
lots = deque()
profit = 0
for _ in range(q):
    op, cnt, price = input().split()
    cnt, price = int(cnt), int(price)
    if op == "BUY":
        lots.append([cnt, price])
        continue
    profit += cnt * price
    while cnt:
        take = min(cnt, lots[0][0])
        profit -= take * lots[0][1]
        lots[0][0] -= take
        cnt -= take
        if lots[0][0] == 0:
            lots.popleft()
print(profit)
''',
r'''
import sys
lines = sys.stdin.read().splitlines()[1:]
units = []
head = 0
total = 0
for line in lines:
    kind, a, b = line.split()
    if kind == "BUY":
        units.extend([int(b)] * int(a))
    else:
        n = int(a)
        total += n * int(b) - sum(units[head:head + n])
        head += n
print(total)
''',
r'''
from bisect import bisect_left
q = int(input())
ends, costs = [0], [0]
sold = revenue = 0
for _ in range(q):
    kind, a, b = input().split()
    a, b = int(a), int(b)
    if kind == "BUY":
        ends.append(ends[-1] + a)
        costs.append(costs[-1] + a * b)
    else:
        sold += a
        revenue += a * b

def cost_of_first(x):
    i = bisect_left(ends, x)
    price = (costs[i] - costs[i - 1]) // (ends[i] - ends[i - 1])
    return costs[i - 1] + (x - ends[i - 1]) * price

print(revenue - (cost_of_first(sold) if sold else 0))
''',
r'''
import sys
sys.setrecursionlimit(5000)

def consume(batches, front, amount):
    if amount == 0:
        return front, 0
    size, price = batches[front]
    if size > amount:
        batches[front] = (size - amount, price)
        return front, amount * price
    nxt, spent = consume(batches, front + 1, amount - size)
    return nxt, spent + size * price

batches = []
front = 0
gain = 0
for _ in range(int(input())):
    parts = input().split()
    amount, price = int(parts[1]), int(parts[2])
    if parts[0] == "BUY":
        batches.append((amount, price))
    else:
        front, spent = consume(batches, front, amount)
        gain += amount * price - spent
print(gain)
''',
r'''
import queue, sys
stock = queue.Queue()
money = 0
for line in sys.stdin.read().splitlines()[1:]:
    kind, a, b = line.split()
    if kind == "BUY":
        for _ in range(int(a)):
            stock.put(int(b))
    else:
        for _ in range(int(a)):
            money += int(b) - stock.get()
print(money)
''',
]
