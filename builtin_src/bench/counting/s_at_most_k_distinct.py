TITLE = "Few Different Letters"
DIFFICULTY = "hard"
TAGS = ["strings", "counting", "two pointers"]
STATEMENT = """\
You are given an integer K and a string S of length N made of lowercase English letters. A
window of S is a choice of a start index and an end index (start <= end) selecting the
characters between them, inclusive. How many windows of S use K or fewer distinct letters?
Windows are identified by their two indices, so two windows spelling the same text both count.

Input
The input is given from Standard Input in the following format:
N K
S

Output
Print the number of windows of S that contain at most K distinct letters.

Constraints
- 1 <= N <= 2000
- 1 <= K <= 26
- N and K are integers.
- S is a string of length N consisting of lowercase English letters.
"""


def tests(rng):
    cases = ["5 2\nabcba\n", "3 1\naaa\n", "1 1\nz\n", "2 1\nab\n", "2 2\nab\n",
             "4 26\nabcd\n", "6 1\naabbba\n", "2000 1\n" + "a" * 2000 + "\n",
             "2000 1\n" + "ab" * 1000 + "\n", "2000 26\n" + "abcdefghijklmnopqrstuvwxyz" * 76 + "abcdefghijklmnopqrstuvwx\n",
             "26 3\nabcdefghijklmnopqrstuvwxyz\n"]
    while len(cases) < 22:
        n = rng.randint(1, 2000)
        pool = "abcdefghijklmnopqrstuvwxyz"[: rng.randint(1, 10)]
        s = "".join(rng.choice(pool) for _ in range(n))
        case = f"{n} {rng.randint(1, len(pool) + 1)}\n{s}\n"
        if case not in cases:
            cases.append(case)
    return cases


SOLUTIONS = [
r'''
n, k = map(int, input().split())
s = input()
cnt = {}
left = 0
ans = 0
for right, c in enumerate(s):
    cnt[c] = cnt.get(c, 0) + 1
    while len(cnt) > k:
        d = s[left]
        cnt[d] -= 1
        if cnt[d] == 0:
            del cnt[d]
        left += 1
    ans += right - left + 1
print(ans)
''',
r'''
n, k = map(int, input().split())
s = input().strip()
first = [n] * 26
total = 0
for l in range(n - 1, -1, -1):
    first[ord(s[l]) - 97] = l
    bound = sorted(first)[k] if k < 26 else n
    total += bound - l
print(total)
''',
]
