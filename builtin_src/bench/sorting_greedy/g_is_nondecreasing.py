TITLE = "Already in Order?"
DIFFICULTY = "easy"
TAGS = ["sorting"]
STATEMENT = """\
You are given a sequence of N integers A_1, A_2, ..., A_N. Determine whether the sequence is
already sorted in non-decreasing order, that is, whether A_i <= A_{i+1} holds for every
i = 1, 2, ..., N - 1.

Input
The input is given from Standard Input in the following format:
N
A_1 A_2 ... A_N

Output
Print Yes if the sequence is in non-decreasing order, and No otherwise.

Constraints
- 1 <= N <= 1000
- -10^9 <= A_i <= 10^9
- All input values are integers.
"""


def tests(rng):
    cases = ["4\n1 3 3 7\n", "3\n2 5 4\n", "1\n0\n", "2\n5 5\n", "2\n6 5\n",
             "5\n-1000000000 -5 0 5 1000000000\n", "3\n1 1 0\n", "4\n9 1 2 3\n"]
    while len(cases) < 18:
        n = rng.randint(2, 1000 if len(cases) > 14 else 12)
        a = sorted(rng.randint(-10**9, 10**9) if rng.random() < 0.5 else rng.randint(-5, 5)
                   for _ in range(n))
        if rng.random() < 0.5:
            i = rng.randrange(n - 1)
            if a[i] != a[i + 1]:
                a[i], a[i + 1] = a[i + 1], a[i]
        cases.append(f"{n}\n{' '.join(map(str, a))}\n")
    return cases


SOLUTIONS = [
r'''
n = int(input())
a = list(map(int, input().split()))
print("Yes" if all(a[i] <= a[i + 1] for i in range(n - 1)) else "No")
''',
r'''
input()
a = list(map(int, input().split()))
print("Yes" if a == sorted(a) else "No")
''',
]
