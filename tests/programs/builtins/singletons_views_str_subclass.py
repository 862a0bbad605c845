e = ()
print(e is tuple(), tuple() is e, tuple([]) is e, e[:0] is e, id(tuple()) == id(e))
s = ''
print(s is str(), 'abc'[5:] is s, b''.join([]) is bytes())
print(type(None)(), type(NotImplemented)(), type(...)())
for t in (type(None), type(NotImplemented), type(...)):
    try:
        t(1)
    except TypeError as e:
        print(e)
d = {1: 2}
v = d.values()
print(hash(v) == hash(v), v == v, v == d.values(), v != d.values())
for w in (d.keys(), d.items()):
    try:
        hash(w)
    except TypeError as e:
        print(e)
try:
    v & {2}
except TypeError as e:
    print(e)
print({v: 1}[v])
class S(str): pass
class R:
    def __repr__(self): return S('r')
    def __str__(self): return S('s')
print(repr(R()), str(R()), f'{R()!r} {R()}', [R()])
