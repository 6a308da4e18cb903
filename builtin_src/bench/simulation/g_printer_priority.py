TITLE = "Priority Printer"
DIFFICULTY = "medium"
TAGS = ["simulation", "queue"]
STATEMENT = """\
N print jobs, numbered 1 to N, wait in a queue in this order; job i has priority P_i. The
printer repeats the following until the queue is empty: it takes the job at the front of the
queue; if some job still in the queue has a strictly higher priority, the taken job is put at
the back of the queue; otherwise the taken job is printed. Print the job numbers in the order
in which they are printed.

Input
The input is given from Standard Input in the following format:
N
P_1 P_2 ... P_N

Output
Print the N job numbers in printing order on one line, separated by spaces.

Constraints
- 1 <= N <= 200
- 1 <= P_i <= 9
- All input values are integers.
"""


def tests(rng):
    cases = ["4\n1 3 2 3\n", "3\n5 5 5\n", "1\n9\n", "5\n1 2 3 4 5\n", "5\n5 4 3 2 1\n",
             "6\n2 9 2 9 2 9\n"]
    while len(cases) < 17:
        n = rng.randint(1, 200 if len(cases) > 13 else 8)
        top = rng.choice([2, 4, 9])
        p = [rng.randint(1, top) for _ in range(n)]
        cases.append(f"{n}\n{' '.join(map(str, p))}\n")
    return cases


SOLUTIONS = [
r'''
from collections import deque
n = int(input())
p = list(map(int, input().split()))
q = deque(range(n))
order = []
while q:
    j = q.popleft()
    if any(p[k] > p[j] for k in q):
        q.append(j)
    else:
        order.append(j + 1)
print(*order)
''',
r'''
n = int(input())
p = list(map(int, input().split()))
queue = [(p[i], i + 1) for i in range(n)]
printed = []
while queue:
    job = queue.pop(0)
    if queue and max(queue)[0] > job[0]:
        queue.append(job)
    else:
        printed.append(job[1])
print(" ".join(map(str, printed)))
''',
]
