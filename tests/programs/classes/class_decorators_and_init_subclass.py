def add_repr(cls):
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"{cls.__name__}({fields})"
    cls.__repr__ = __repr__
    return cls
@add_repr
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
print(Point(1, "b"), [Point(0, 0)])
class Plugin:
    registry = {}
    def __init_subclass__(cls, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        Plugin.registry[name or cls.__name__.lower()] = cls
class Alpha(Plugin, name="a"): pass
class Beta(Plugin): pass
print(sorted(Plugin.registry))
def singleton(cls):
    instances = {}
    def get(*a):
        if cls not in instances:
            instances[cls] = cls(*a)
        return instances[cls]
    return get
@singleton
class Conf:
    def __init__(self, v):
        self.v = v
print(Conf(1).v, Conf(2).v, Conf(1) is Conf(3))
class Base:
    def __init_subclass__(cls):
        cls.tag = cls.__name__.upper()
class Child(Base): pass
class Grand(Child): pass
print(Child.tag, Grand.tag, hasattr(Base, "tag"))
