class Meta(type):
    def __instancecheck__(cls, obj):
        return hasattr(obj, "quack")
    def __subclasscheck__(cls, sub):
        return hasattr(sub, "quack")
class Duck(metaclass=Meta):
    pass
class Robot:
    def quack(self): pass
print(isinstance(Robot(), Duck), isinstance(1, Duck), issubclass(Robot, Duck), issubclass(int, Duck))
class Base:
    pass
class Derived(Base):
    pass
print(Base.__subclasses__(), Derived.__subclasses__())
print(type.__name__, type(Derived), Derived.__class__.__class__)
class WithRepr(type):
    def __repr__(cls):
        return f"<class {cls.__name__} via meta>"
class X(metaclass=WithRepr):
    pass
print(X, repr(X), [X])
class Attrs(type):
    def __getattr__(cls, name):
        return f"meta-{name}"
class Y(metaclass=Attrs):
    real = 1
print(Y.real, Y.missing)
