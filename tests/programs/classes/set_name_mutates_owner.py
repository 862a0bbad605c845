# __set_name__ and __init_subclass__ change the class being created.
class D:
    def __set_name__(self, owner, name):
        owner.seen = name
        setattr(owner, name + '_extra', len(owner.__dict__))


class C:
    a = D()
    b = D()

print(C.seen, hasattr(C, 'a_extra'), hasattr(C, 'b_extra'))


class Remover:
    def __set_name__(self, owner, name):
        for n in ('x', 'y'):
            if n in owner.__dict__:
                delattr(owner, n)


class E:
    x = 1
    r = Remover()
    y = 2

print(hasattr(E, 'x'), hasattr(E, 'y'))


class Base:
    def __init_subclass__(cls, **kw):
        cls.tag = kw.get('tag', 'none')
        for k in list(cls.__dict__):
            if k.startswith('drop_'):
                delattr(cls, k)


class F(Base, tag='f'):
    drop_me = 1
    keep = 2

print(F.tag, hasattr(F, 'drop_me'), F.keep)
