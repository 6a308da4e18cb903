TITLE = "Round-Robin Processor"
DIFFICULTY = "medium"
TAGS = ["simulation", "queue"]
STATEMENT = """\
A processor runs N jobs, all ready at time 0; job i needs B_i units of work. The jobs wait in a
queue in the order 1, 2, ..., N. Repeatedly, the job at the front of the queue is taken and runs
for min(Q, remaining work) time units; if it still has work left it goes to the back of the
queue, otherwise it is finished. Print the time at which each job finishes.

Input
The input is given from Standard Input in the following format:
N Q
B_1 B_2 ... B_N

Output
Print the finishing times of jobs 1, 2, ..., N in this order, separated by spaces.

Constraints
- 1 <= N <= 100
- 1 <= Q <= 100
- 1 <= B_i <= 1000
- All input values are integers.
"""


def tests(rng):
    cases = ["3 2\n3 5 2\n", "2 10\n4 4\n", "1 1\n1\n", "1 1\n1000\n", "4 1\n2 2 2 2\n",
             "3 100\n1000 1 50\n", "5 3\n9 8 7 6 5\n"]
    while len(cases) < 14:
        n = rng.randint(1, 100 if len(cases) > 11 else 8)
        q = rng.randint(1, rng.choice([5, 100]))
        b = [rng.randint(1, rng.choice([10, 1000])) for _ in range(n)]
        cases.append(f"{n} {q}\n{' '.join(map(str, b))}\n")
    return cases


SOLUTIONS = [
r'''
from collections import deque
n, q = map(int, input().split())
rest = list(map(int, input().split()))
queue = deque(range(n))
done = [0] * n
t = 0
while queue:
    j = queue.popleft()
    run = min(q, rest[j])
    t += run
    rest[j] -= run
    if rest[j]:
        queue.append(j)
    else:
        done[j] = t
print(*done)
''',
r'''
n, q = map(int, input().split())
left = list(map(int, input().split()))
finish = [0] * n
clock = 0
while any(left):
    for i in range(n):
        if left[i] > 0:
            used = q if left[i] > q else left[i]
            clock += used
            left[i] -= used
            if left[i] == 0:
                finish[i] = clock
print(" ".join(map(str, finish)))
''',
r'''
n, q = map(int, input().split())
b = list(map(int, input().split()))
res = []
for i in range(n):
    r = (b[i] + q - 1) // q
    t = b[i]
    for j in range(n):
        if j < i:
            t += min(b[j], r * q)
        elif j > i:
            t += min(b[j], (r - 1) * q)
    res.append(t)
print(*res)
''',
r'''
import heapq, sys
n, q, *b = map(int, sys.stdin.read().split())
heap = [(0, i, w) for i, w in enumerate(b)]
heapq.heapify(heap)
now = 0
ans = [0] * n
while heap:
    turn, i, w = heapq.heappop(heap)
    now += min(w, q)
    if w > q:
        heapq.heappush(heap, (turn + 1, i, w - q))
    else:
        ans[i] = now
print(*ans)
''',
r'''
n, q = map(int, input().split())
work = [[i, w] for i, w in enumerate(map(int, input().split()))]
head = 0
time = 0
end = [0] * n
while head < len(work):
    i, w = work[head]
    head += 1
    if w <= q:
        time += w
        end[i] = time
    else:
        time += q
        work.append([i, w - q])
print(*end)
''',
]
