def attempt(label, f):
    try:
        r = f()
        print(label, 'ok', r)
    except Exception as e:
        print(label, type(e).__name__, e)

class Mut:
    """Compares by calling a hook that mutates some container."""
    def __init__(self, hook, h=12345, res=False):
        self.hook, self.h, self.res = hook, h, res
    def __hash__(self): return self.h
    def __eq__(self, o):
        self.hook()
        return self.res
    def __repr__(self):
        self.hook()
        return 'Mut'

d = {}
d[Mut(lambda: d.clear())] = 1
attempt('dict get clear', lambda: d.get(Mut(lambda: d.clear())))
d = {}
d[Mut(lambda: d.update({i: i for i in range(20)}))] = 1
attempt('dict set grow', lambda: d.__setitem__(Mut(lambda: None), 2) or len(d))
d = {}
d[Mut(lambda: d.update({i: i for i in range(20)}), res=True)] = 1
attempt('dict set grow eq', lambda: d.__setitem__(Mut(lambda: None), 2) or len(d))
d = {}
d[Mut(lambda: d.pop(1, None))] = 1
d[1] = 2
attempt('dict del', lambda: d.pop(Mut(lambda: None), 'missing'))
d = {1: Mut(lambda: d.clear())}
attempt('dict repr', lambda: repr(d))
d = {1: Mut(lambda: d.clear()), 2: 3}
attempt('dict eq', lambda: d == {1: 5, 2: 3})
d = {1: 5, 2: 3}
attempt('dict eq2', lambda: d == {1: Mut(lambda: d.clear()), 2: 3})
d = {Mut(lambda: d.clear()): 1}
attempt('dict setdefault', lambda: d.setdefault(Mut(lambda: None), 9))
d = {Mut(lambda: d.clear()): 1}
attempt('dict update', lambda: d.update({Mut(lambda: None): 2}) or len(d))
d = {1: 1, 2: 2}
attempt('sorted key', lambda: sorted(d, key=lambda k: d.clear() or k))
d = {1: 1, 2: 2}
attempt('dict values in', lambda: Mut(lambda: d.clear()) in d.values())
d = {1: 1, 2: 2}
attempt('dict items in', lambda: (1, Mut(lambda: d.clear())) in d.items())
d = {1: 1, 2: 2}
attempt('keys and', lambda: d.keys() & {Mut(lambda: d.clear(), h=1)})
s = set()
s.add(Mut(lambda: s.clear()))
attempt('set in clear', lambda: Mut(lambda: None) in s)
s = set()
s.add(Mut(lambda: s.update(range(50))))
attempt('set add grow', lambda: s.add(Mut(lambda: None)) or len(s))
s = set()
s.add(Mut(lambda: s.clear()))
attempt('set remove', lambda: s.remove(Mut(lambda: None)))
s = set()
s.add(Mut(lambda: s.clear()))
attempt('set discard', lambda: s.discard(Mut(lambda: None)))
s = {Mut(lambda: s.clear())}
attempt('set repr', lambda: repr(s))
s = {Mut(lambda: s.clear(), h=1)}
attempt('set eq', lambda: s == {Mut(lambda: None, h=1)})
s = {Mut(lambda: s.clear(), h=1), 2}
attempt('set sub', lambda: len(s - {Mut(lambda: None, h=1)}))
s = {Mut(lambda: s.clear(), h=1), 2}
def isub():
    global s
    s -= {Mut(lambda: None, h=1)}
    return len(s)
attempt('set isub', isub)
s = {Mut(lambda: s.clear(), h=1), 2}
def iand():
    global s
    s &= {Mut(lambda: None, h=1)}
    return len(s)
attempt('set iand', iand)
s = {Mut(lambda: s.clear(), h=1), 2}
def ixor():
    global s
    s ^= {Mut(lambda: None, h=1)}
    return len(s)
attempt('set ixor', ixor)
s = {Mut(lambda: s.clear(), h=1), 2}
attempt('set issubset', lambda: s.issubset({Mut(lambda: None, h=1)}))
l = [Mut(lambda: l.clear())]
attempt('list repr', lambda: repr(l))
l = [Mut(lambda: l.clear()), 2]
attempt('list eq', lambda: l == [1, 2])
l = [3, 1, 2]
attempt('max key', lambda: max(l, key=lambda x: l.clear() or x))
l = [3, 1, 2]
attempt('list lt', lambda: l < [Mut(lambda: l.clear()), 1])
t = ([Mut(lambda: t[0].clear())],)
attempt('tuple repr', lambda: repr(t))
l = [3, 1, 2]
attempt('extend gen', lambda: l.extend(x for x in l if len(l) < 10) or len(l))
