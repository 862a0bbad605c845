class Meta(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print('prepare', name, bases, kw)
        return {'injected': 1}
    def __new__(mcls, name, bases, ns, **kw):
        print('new', sorted(k for k in ns if not k.startswith('__')), kw)
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
class A(metaclass=Meta, flavor='x'):
    y = injected + 1
print(A.y)
try:
    class B(foo=1): pass
except TypeError as e:
    print(e)
class Base:
    def __init_subclass__(cls, /, color='red', **kw):
        super().__init_subclass__(**kw)
        cls.color = color
class C(Base, color='blue'): pass
print(C.color)
try:
    class D(Base, size=3): pass
except TypeError as e:
    print(e)
class G:
    def __class_getitem__(cls, item):
        return (cls.__name__, item)
print(G[int])
