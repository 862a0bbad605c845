class A:
    def who(self):
        return "A"
    def hello(self):
        return "hello from " + self.who()
class B(A):
    def who(self):
        return "B"
class C(A):
    def who(self):
        return "C"
class D(B, C):
    pass
print(D().hello(), [k.__name__ for k in D.__mro__], D.__bases__ == (B, C), A.__bases__)
class X: pass
class Y: pass
class Z(X, Y): pass
class W(Y, X): pass
try:
    class Bad(Z, W): pass
except TypeError as e:
    print(e)
class O: pass
class F(O): pass
class E(O): pass
class Dd(O): pass
class K1(Dd, F): pass
class K2(Dd, E): pass
class K3(F, E): pass
class M(K1, K2, K3): pass
print([c.__name__ for c in M.mro()])
print(issubclass(M, O), issubclass(O, M), isinstance(M(), K2), issubclass(bool, (str, int)))
try:
    class Dup(A, A): pass
except TypeError as e:
    print(e)
print(type(D()).__name__, D.__name__, D.__qualname__, D.__module__)
