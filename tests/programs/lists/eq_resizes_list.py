class L:
    def __init__(self, l): self.l = l
    def __eq__(self, o):
        if len(self.l) < 10: self.l.append(1)
        else: self.l.clear()
        return False
l = [1, 2, 3]
print(L(l) in l, len(l))
l = [1, 2, 3]
print(l.count(L(l)), len(l))
l = [1, 2, 3]
try:
    l.index(L(l))
except ValueError as e:
    print(type(e).__name__, len(l))
l = [1, 2, 3]
try:
    l.remove(L(l))
except ValueError as e:
    print(type(e).__name__, len(l))
class M:
    def __init__(self, l): self.l = l
    def __eq__(self, o):
        self.l.clear()
        return True
l = [1, 2, 3]
try:
    l.remove(M(l))
except ValueError as e:
    print(type(e).__name__, len(l))
print(l)
l = [1, 2, 3]
print(l.index(M(l)), l)
