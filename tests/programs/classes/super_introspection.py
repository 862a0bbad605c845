class A:
    def f(self): return super()
class B(A):
    def f(self):
        s = super()
        print(s.__thisclass__.__name__, type(s.__self__).__name__, s.__self_class__.__name__)
        print(repr(s).split(' object at')[0])
        return s
B().f()
class C:
    @classmethod
    def g(cls):
        s = super()
        print(s.__self__.__name__, s.__self_class__.__name__, repr(s))
C.g()
s = super(B)
print(repr(s), s.__self__, s.__self_class__)
