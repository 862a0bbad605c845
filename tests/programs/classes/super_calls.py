class Base:
    def __init__(self, x):
        self.x = x
        print("Base init", x)
    def describe(self):
        return f"Base({self.x})"
    @classmethod
    def make(cls, x):
        return cls(x)
class Mid(Base):
    def __init__(self, x, y):
        super().__init__(x)
        self.y = y
    def describe(self):
        return "Mid/" + super().describe()
class Leaf(Mid):
    def __init__(self):
        super(Leaf, self).__init__(1, 2)
    def describe(self):
        return "Leaf/" + super().describe()
    @classmethod
    def make(cls, x):
        print("Leaf.make")
        return super().make(x) if False else cls()
l = Leaf()
print(l.describe(), l.x, l.y, Leaf.make(5).describe())
class A:
    def f(self): return ["A"]
class B(A):
    def f(self): return ["B"] + super().f()
class C(A):
    def f(self): return ["C"] + super().f()
class D(B, C):
    def f(self): return ["D"] + super().f()
print(D().f())
print(super(B, D()).f())
class S:
    def __init__(self):
        print("S init", type(self).__name__)
class T(S):
    pass
T()
class R:
    @staticmethod
    def st():
        return "static"
class Q(R):
    @staticmethod
    def st():
        return "Q+" + super(Q, Q).st()
print(Q.st())
