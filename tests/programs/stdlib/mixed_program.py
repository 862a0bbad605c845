from collections import Counter, defaultdict, namedtuple, deque
from dataclasses import dataclass, field, asdict
from functools import lru_cache, reduce, partial
from itertools import groupby, chain, islice
import json, heapq, bisect, operator, string, copy, random
from enum import Enum

text = """the quick brown fox jumps over the lazy dog the fox barks"""
words = text.split()
freq = Counter(words)
print(freq.most_common(3))

class Kind(Enum):
    SHORT = 1
    LONG = 2

@dataclass(order=True)
class Word:
    length: int
    text: str = field(compare=False)
    kind: Kind = field(default=Kind.SHORT, compare=False)

ws = sorted([Word(len(w), w, Kind.LONG if len(w) > 4 else Kind.SHORT) for w in set(words)], key=lambda w: (w.length, w.text))
print([w.text for w in ws][:5], ws[-1])
by_len = defaultdict(list)
for w in words:
    by_len[len(w)].append(w)
print(json.dumps({k: sorted(set(v)) for k, v in sorted(by_len.items())}, sort_keys=True))
print(heapq.nlargest(2, freq.items(), key=operator.itemgetter(1)))

@lru_cache(maxsize=None)
def ways(n):
    return 1 if n <= 1 else ways(n - 1) + ways(n - 2)
print(ways(60), ways.cache_info().currsize)
Pair = namedtuple("Pair", "left right")
pairs = [Pair(a, b) for a, b in zip(words, words[1:])]
print(pairs[0], len(pairs), reduce(operator.add, (len(p.left) for p in pairs)))
window = deque(maxlen=3)
for w in words:
    window.append(w)
print(list(window), " ".join(islice(chain.from_iterable(pairs), 4)))
print([(k, len(list(g))) for k, g in groupby(sorted(words, key=len), key=len)])
random.seed(2024)
sample = random.sample(words, 4)
print(sample, random.choice(string.ascii_lowercase))
snap = copy.deepcopy(asdict(ws[0]))
print(snap)
scores = [10, 20, 30, 40]
print(bisect.bisect(scores, 25), partial(pow, 2)(10))
