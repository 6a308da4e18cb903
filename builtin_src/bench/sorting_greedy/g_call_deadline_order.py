TITLE = "Order Tasks Before Their Deadlines"
DIFFICULTY = "medium"
TAGS = ["greedy", "scheduling", "sorting"]
STYLE = "call"
ENTRY_POINT = "deadlineOrder"
STARTER_CODE = "class Solution:\n    def deadlineOrder(self, durations: list[int], deadlines: list[int]) -> list[int]:\n        "
STATEMENT = """\
You must finish N tasks, numbered 0 to N - 1, one after another without pauses, starting at
time 0. Task i takes durations[i] time units and must be finished no later than deadlines[i].

Implement deadlineOrder(durations, deadlines). If the tasks can all be finished on time, return
the order obtained by sorting the task numbers by deadline, breaking ties by the smaller task
number (this order always works when any order works). If no order finishes every task on time,
return an empty list.

Examples of the return value: [2, 0, 1] or [].

Constraints
- 1 <= N <= 1000
- 1 <= durations[i] <= 1000
- 1 <= deadlines[i] <= 10^6
"""


def tests(rng):
    cases = [[[3, 1, 2], [6, 1, 3]], [[2, 2], [3, 3]], [[1], [1]], [[2], [1]],
             [[5, 5, 5], [15, 15, 15]], [[1000], [1000000]], [[1, 1, 1], [1, 2, 2]]]
    while len(cases) < 17:
        n = rng.randint(1, 1000 if len(cases) > 13 else 8)
        dur = [rng.randint(1, rng.choice([5, 1000])) for _ in range(n)]
        order = list(range(n))
        rng.shuffle(order)
        t, dl = 0, [0] * n
        for i in order:
            t += dur[i]
            dl[i] = min(10**6, t + rng.randint(0, rng.choice([0, 5, 100])))
        if rng.random() < 0.4:
            j = rng.randrange(n)
            dl[j] = max(1, dl[j] - rng.randint(1, 50))
        cases.append([dur, dl])
    return cases


SOLUTIONS = [
r'''
class Solution:
    def deadlineOrder(self, durations: list[int], deadlines: list[int]) -> list[int]:
        order = sorted(range(len(durations)), key=lambda i: (deadlines[i], i))
        t = 0
        for i in order:
            t += durations[i]
            if t > deadlines[i]:
                return []
        return order
''',
r'''
import heapq

class Solution:
    def deadlineOrder(self, durations, deadlines):
        heap = [(d, i) for i, d in enumerate(deadlines)]
        heapq.heapify(heap)
        result, clock = [], 0
        while heap:
            d, i = heapq.heappop(heap)
            clock += durations[i]
            if clock > d:
                return []
            result.append(i)
        return result
''',
]
