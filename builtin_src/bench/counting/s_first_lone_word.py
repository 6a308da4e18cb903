TITLE = "First Word Said Once"
DIFFICULTY = "medium"
TAGS = ["counting", "hashing"]
STYLE = "call"
ENTRY_POINT = "firstLoneWord"
STARTER_CODE = "class Solution:\n    def firstLoneWord(self, words: list[str]) -> str:\n        "
STATEMENT = """\
Implement the method firstLoneWord(words) of the class Solution. It receives a list of words,
each made of lowercase English letters. A word is lonely if it occurs exactly once in the list.
Return the lonely word that appears earliest in the list. If no word is lonely, return the empty
string "".

For example, for words = ["red", "blue", "red", "green", "blue", "gold"] the answer is "green".

Constraints
- 1 <= len(words) <= 1000
- 1 <= len(words[i]) <= 10
- Each words[i] consists of lowercase English letters.
"""


def tests(rng):
    cases = [[["red", "blue", "red", "green", "blue", "gold"]], [["a", "a"]], [["solo"]],
             [["x", "y"]], [["x", "x", "y"]], [["ab", "ba", "ab", "ba"]],
             [["w"] * 999 + ["v"]], [["w"] * 1000],
             [["".join(chr(97 + i // 26 ** k % 26) for k in range(3)) for i in range(1000)]], [["a", "b", "c", "b", "a", "c"]]]
    while len(cases) < 20:
        n = rng.randint(1, 1000)
        vocab = ["".join(rng.choice("abc") for _ in range(rng.randint(1, 6)))
                 for _ in range(rng.randint(1, max(1, n // 2)))]
        words = [rng.choice(vocab) for _ in range(n)]
        if [words] not in cases:
            cases.append([words])
    return cases


SOLUTIONS = [
r'''
from collections import Counter

class Solution:
    def firstLoneWord(self, words: list[str]) -> str:
        cnt = Counter(words)
        for w in words:
            if cnt[w] == 1:
                return w
        return ""
''',
r'''
class Solution:
    def firstLoneWord(self, words: list[str]) -> str:
        seen, repeated = {}, set()
        for i, w in enumerate(words):
            if w in seen:
                repeated.add(w)
            else:
                seen[w] = i
        lonely = [(i, w) for w, i in seen.items() if w not in repeated]
        return min(lonely)[1] if lonely else ""
''',
]
