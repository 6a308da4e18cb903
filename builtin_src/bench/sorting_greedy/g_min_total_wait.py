TITLE = "Serving Order at the Counter"
DIFFICULTY = "medium"
TAGS = ["greedy", "sorting", "scheduling"]
STATEMENT = """\
N customers are all waiting at a counter at time 0. Customer i needs S_i minutes of service.
The clerk serves one customer at a time, without breaks, in an order of your choice. The
finishing time of a customer is the moment their service ends. Choose the order so that the sum
of the finishing times of all customers is as small as possible, and print that sum.

Input
The input is given from Standard Input in the following format:
N
S_1 S_2 ... S_N

Output
Print the minimum possible sum of the finishing times.

Constraints
- 1 <= N <= 1000
- 1 <= S_i <= 10^6
- All input values are integers.
"""


def tests(rng):
    cases = ["3\n5 1 3\n", "4\n2 2 2 2\n", "1\n1000000\n", "2\n1 1000000\n",
             "5\n5 4 3 2 1\n", "3\n1 1 1\n"]
    while len(cases) < 17:
        n = rng.randint(1, 1000 if len(cases) > 13 else 10)
        hi = rng.choice([10, 1000, 10**6])
        s = [rng.randint(1, hi) for _ in range(n)]
        cases.append(f"{n}\n{' '.join(map(str, s))}\n")
    return cases


SOLUTIONS = [
r'''
n = int(input())
s = sorted(map(int, input().split()))
t = total = 0
for x in s:
    t += x
    total += t
print(total)
''',
r'''
n = int(input())
s = sorted(map(int, input().split()))
print(sum(x * (n - i) for i, x in enumerate(s)))
''',
]
