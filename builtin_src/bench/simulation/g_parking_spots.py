TITLE = "Parking Lot Attendant"
DIFFICULTY = "hard"
TAGS = ["simulation", "heap"]
STATEMENT = """\
A parking lot has S spots numbered 1 to S, all empty at first. Q events happen in order:
- "IN c": a car with plate number c arrives. It parks in the empty spot with the smallest
  number, and you print that spot number. If no spot is empty, print FULL; the car drives away
  and is not parked.
- "OUT c": the parked car with plate number c leaves, and its spot becomes empty.

Input
The input is given from Standard Input in the following format:
S Q
event_1
...
event_Q

Output
For every IN event, print one line: the spot number or FULL.

Constraints
- 1 <= S <= 1000
- 1 <= Q <= 2000
- 1 <= c <= 10^9
- An IN event never names a car that is currently parked; an OUT event always names a car that
  is currently parked.
- There is at least one IN event.
"""


def tests(rng):
    cases = ["2 5\nIN 7\nIN 3\nOUT 7\nIN 9\nIN 4\n", "1 3\nIN 5\nIN 6\nIN 7\n", "1 1\nIN 1\n",
             "3 6\nIN 1\nIN 2\nIN 3\nOUT 2\nOUT 1\nIN 4\n", "2 4\nIN 1\nOUT 1\nIN 1\nIN 1000000000\n"]
    while len(cases) < 17:
        s = rng.randint(1, rng.choice([3, 30, 1000]))
        q = rng.randint(1, 2000 if len(cases) > 13 else 10)
        parked, events = [], []
        for _ in range(q):
            if parked and rng.random() < 0.4:
                c = parked.pop(rng.randrange(len(parked)))
                events.append(f"OUT {c}")
            else:
                c = rng.randint(1, rng.choice([50, 10**9]))
                while c in parked:
                    c = rng.randint(1, 10**9)
                events.append(f"IN {c}")
                if len(parked) < s:
                    parked.append(c)
        if not any(e.startswith("IN") for e in events):
            continue
        cases.append(f"{s} {len(events)}\n" + "\n".join(events) + "\n")
    return cases


SOLUTIONS = [
r'''
import heapq, sys
lines = sys.stdin.read().splitlines()
s, q = map(int, lines[0].split())
free = list(range(1, s + 1))
where = {}
out = []
for line in lines[1:q + 1]:
    kind, c = line.split()
    if kind == "IN":
        if free:
            where[c] = heapq.heappop(free)
            out.append(str(where[c]))
        else:
            out.append("FULL")
    else:
        heapq.heappush(free, where.pop(c))
print("\n".join(out))
''',
r'''
s, q = map(int, input().split())
spot = [None] * (s + 1)
for _ in range(q):
    kind, c = input().split()
    if kind == "IN":
        for k in range(1, s + 1):
            if spot[k] is None:
                spot[k] = c
                print(k)
                break
        else:
            print("FULL")
    else:
        spot[spot.index(c)] = None
''',
]
