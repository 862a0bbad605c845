class C:
    count = 0
    def __init__(self):
        C.count += 1
    @staticmethod
    def helper(x):
        return x * 2
    @classmethod
    def create(cls):
        return cls()
    @classmethod
    def how_many(cls):
        return cls.count
class D(C):
    pass
C(); D.create(); C.create()
print(C.helper(4), C().helper(5), C.how_many(), D.how_many(), type(D.create()).__name__)
print(type(C.__dict__["helper"]).__name__, type(C.__dict__["create"]).__name__)
print(C.helper.__name__, C.create.__self__ is C, C.create.__name__)
class Counter:
    instances = []
    def __init__(self, name):
        self.name = name
        self.instances.append(name)
a, b = Counter("a"), Counter("b")
print(Counter.instances, a.instances is b.instances)
a.instances = ["own"]
print(Counter.instances, a.instances, b.instances)
