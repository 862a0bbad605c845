# __slots__: member descriptors, unset slots, no __dict__, the errors of
# class creation, subclasses with and without __slots__.
class P:
    __slots__ = ('x', 'y')
    def __init__(self, x): self.x = x
p = P(1)
print(P.x, type(P.x), P.x.__name__, P.x.__objclass__)
try: p.y
except AttributeError as e: print(type(e).__name__, e)
try: p.z = 3
except AttributeError as e: print(type(e).__name__, e)
try: p.z
except AttributeError as e: print(type(e).__name__, e)
try: p.__dict__
except AttributeError as e: print(type(e).__name__, e)
try: vars(p)
except TypeError as e: print(type(e).__name__, e)
try: del p.y
except AttributeError as e: print(type(e).__name__, e)
del p.x
try: p.x
except AttributeError as e: print(type(e).__name__, e)
print(P.x.__get__(None, P))
try: P.x.__get__(3, int)
except TypeError as e: print(type(e).__name__, e)
try: P.x.__set__(3, 4)
except TypeError as e: print(type(e).__name__, e)
P.x.__set__(p, 9); print(P.x.__get__(p, P), p.x)
try:
    class Q:
        __slots__ = ('x',)
        x = 1
except ValueError as e: print(type(e).__name__, e)
try:
    class Q:
        __slots__ = ('x', 'x')
except Exception as e: print(type(e).__name__, e)
try:
    class Q:
        __slots__ = (1,)
except Exception as e: print(type(e).__name__, e)
try:
    class Q:
        __slots__ = ('1a',)
except Exception as e: print(type(e).__name__, e)
try:
    class Q:
        __slots__ = ('__dict__', '__dict__')
except Exception as e: print(type(e).__name__, e)
try:
    class A: __slots__ = ('a',)
    class B: __slots__ = ('b',)
    class C(A, B): pass
except Exception as e: print(type(e).__name__, e)
try:
    class Q(int): __slots__ = ('a',)
except Exception as e: print(type(e).__name__, e)
try:
    class Q(tuple): __slots__ = ('a',)
except Exception as e: print(type(e).__name__, e)
class D: __slots__ = '__dict__'
d = D(); d.q = 1; print(d.__dict__)
class W: __slots__ = 'abc'
print(W.__slots__, W.abc)
class S: __slots__ = ['__weakref__', 'm']
try: S().foo = 1
except AttributeError as e: print(e)
class N(P): pass
n = N(1); n.z = 5; print(n.__dict__, n.x)
class M(P): __slots__ = ()
try: M(1).z = 5
except AttributeError as e: print(e)
try: 
    class Q:
        __slots__ = ('__dict__',)
    class R(Q): __slots__ = ('__dict__',)
except Exception as e: print(type(e).__name__, e)
class Pr:
    __slots__ = ('_v',)
    @property
    def v(self): return self._v
    @v.setter
    def v(self, x): self._v = x
    @classmethod
    def make(cls): return cls()
o = Pr.make(); o.v = 4; print(o.v)
class G: __slots__ = iter(["a", "b"])
print(type(G.__slots__).__name__, G.a)
class H: __slots__ = {'a': 'doc a', 'b': None}
print(H.a.__doc__, H.b.__doc__)
class Pv: __slots__ = ('c', 'a', 'b', 'a')
print(Pv.__dict__.keys())
print(repr(P.__slots__))
try:
    p.__class__ = N
except TypeError as e: print(e)
try:
    object.__setattr__(p, 'zz', 1)
except AttributeError as e: print(e)
print([n for n in dir(P(1)) if not n.startswith("__")])
print(hasattr(P(1), '__dict__'), hasattr(N(1), '__dict__'))
