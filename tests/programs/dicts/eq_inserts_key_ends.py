class K:
    def __init__(self, d): self.d = d
    def __hash__(self): return 1
    def __eq__(self, other):
        n = len(self.d)
        self.d[n + 1000] = n
        return False
d = {}
d[K(d)] = 1
k = K(d)
print(k in d, len(d))
print(d.get(K(d)), len(d))
s = set()
class S:
    def __init__(self, s): self.s = s
    def __hash__(self): return 1
    def __eq__(self, other):
        self.s.add(len(self.s) + 1000)
        return False
s.add(S(s))
print(S(s) in s, len(s))
class E:
    def __init__(self, d): self.d = d
    def __eq__(self, o):
        self.d['new' + str(len(self.d))] = 1
        return False
    __hash__ = object.__hash__
d = {'a': 1, 'b': 2}
try:
    print(E(d) in d.values())
except RuntimeError as e:
    print('RuntimeError', e)
print(len(d))
d = {'a': 1, 'b': 2}
try:
    print(('a', E(d)) in d.items())
except RuntimeError as e:
    print('RuntimeError', e)
print(len(d))
