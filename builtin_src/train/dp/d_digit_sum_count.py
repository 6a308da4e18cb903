TITLE = "Numbers With a Given Digit Sum"
DIFFICULTY = "hard"
TAGS = ["dp", "digit dp"]
STATEMENT = """\
Given integers N and S, count the integers x with 1 <= x <= N whose decimal digits add up to
exactly S. For example, the digit sum of 2024 is 2 + 0 + 2 + 4 = 8.

Input
The input is given from Standard Input in the following format:
N S

Output
Print the number of integers x (1 <= x <= N) whose digit sum equals S.

Constraints
- 1 <= N <= 10^18
- 1 <= S <= 200
- All values are integers.
"""


def tests(rng):
    cases = ["100 10\n", "20 3\n", "1 1\n", "1 2\n", "9 9\n", "1000000000000000000 1\n",
             "1000000000000000000 162\n", "999999999999999999 162\n", "999999999999999999 200\n",
             "123456789 45\n"]
    while len(cases) < 15:
        n = rng.randint(1, 10 ** rng.randint(1, 18))
        cases.append(f"{n} {rng.randint(1, 9 * len(str(n)))}\n")
    return cases


SOLUTIONS = [
r'''
from functools import lru_cache
n, s = map(int, input().split())
digits = list(map(int, str(n)))

@lru_cache(maxsize=None)
def go(pos, rem, tight):
    if rem < 0:
        return 0
    if pos == len(digits):
        return 1 if rem == 0 else 0
    limit = digits[pos] if tight else 9
    return sum(go(pos + 1, rem - d, tight and d == limit) for d in range(limit + 1))

print(go(0, s, True))
''',
r'''
n, s = input().split()
s = int(s)
L = len(n)
ways = [[0] * (s + 1) for _ in range(L + 1)]  # ways[k][t]: k free digits summing to t
ways[0][0] = 1
for k in range(1, L + 1):
    for t in range(s + 1):
        ways[k][t] = sum(ways[k - 1][t - d] for d in range(10) if d <= t)
total = 0
used = 0
for i, ch in enumerate(n):
    for d in range(int(ch)):
        if used + d <= s:
            total += ways[L - i - 1][s - used - d]
    used += int(ch)
if used == s:
    total += 1
print(total)
''',
r'''
import sys
from collections import Counter
n_str, s_str = sys.stdin.read().split()
target = int(s_str)
states = Counter({(0, True): 1})
for ch in n_str:
    top = int(ch)
    nxt = Counter()
    for (sm, tight), c in states.items():
        for d in range((top if tight else 9) + 1):
            if sm + d <= target:
                nxt[(sm + d, tight and d == top)] += c
    states = nxt
print(states[(target, True)] + states[(target, False)])
''',
r'''
def times(p, q):
    r = [0] * (len(p) + len(q) - 1)
    for i, a in enumerate(p):
        if a:
            for j, b in enumerate(q):
                r[i + j] += a * b
    return r

n, s = input().split()
s = int(s)
powers = [[1]]
for _ in range(len(n)):
    powers.append(times(powers[-1], [1] * 10))
answer = 0
prefix = 0
for i, ch in enumerate(n):
    free = powers[len(n) - 1 - i]
    for d in range(int(ch)):
        k = s - prefix - d
        if 0 <= k < len(free):
            answer += free[k]
    prefix += int(ch)
print(answer + (prefix == s))
''',
r'''
import sys
from functools import lru_cache
sys.setrecursionlimit(10000)

@lru_cache(maxsize=None)
def upto(n, s):
    # how many x in [0, n] have digit sum s
    if n < 0 or s < 0:
        return 0
    if n < 10:
        return 1 if s <= n and s < 10 else 0
    q, r = divmod(n, 10)
    head = sum(map(int, str(q)))
    res = sum(upto(q - 1, s - d) for d in range(10))
    res += sum(1 for d in range(r + 1) if head + d == s)
    return res

n, s = map(int, input().split())
print(upto(n, s))
''',
]
