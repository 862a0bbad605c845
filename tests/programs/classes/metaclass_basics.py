class Meta(type):
    def __new__(mcs, name, bases, ns):
        ns["added"] = name.lower()
        cls = super().__new__(mcs, name, bases, ns)
        print("Meta.__new__", name, [b.__name__ for b in bases])
        return cls
    def __call__(cls, *a, **k):
        print("Meta.__call__", cls.__name__, a)
        return super().__call__(*a, **k)
class Base(metaclass=Meta):
    def __init__(self, v=0):
        self.v = v
class Child(Base):
    pass
c = Child(3)
print(c.v, Child.added, Base.added, type(Child).__name__, isinstance(Child, Meta))
Dyn = type("Dyn", (Base,), {"z": 1, "get": lambda self: self.z})
print(Dyn().get(), Dyn.__name__, Dyn.__bases__[0].__name__, Dyn.added)
Plain = type("Plain", (), {})
print(Plain, Plain.__mro__, type(3), type("s") is str)
class Registry(type):
    classes = []
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        Registry.classes.append(name)
class R1(metaclass=Registry): pass
class R2(R1): pass
print(Registry.classes)
class WithInitSubclass:
    subs = []
    def __init_subclass__(cls, **kw):
        super().__init_subclass__()
        WithInitSubclass.subs.append((cls.__name__, kw))
class S1(WithInitSubclass, tag="one"): pass
class S2(S1): pass
print(WithInitSubclass.subs)
