class Doc:
    """Class doc."""
    attr = 1
    def m(self):
        """Method doc."""
class NoDoc:
    pass
print(Doc.__doc__, NoDoc.__doc__, Doc.m.__doc__, Doc.__name__, Doc.__qualname__, Doc.__module__)
print(sorted(k for k in Doc.__dict__ if not k.startswith("__")), Doc.__dict__["attr"])
d = Doc()
print(d.__class__ is Doc, d.__class__.__name__, d.__dict__, type(d) is Doc, d.__module__)
d.x = 5
print(d.__dict__, Doc.__class__, type(Doc), type(type), type(object))
class Outer:
    class Inner:
        def meth(self): pass
print(Outer.Inner.__qualname__, Outer.Inner.meth.__qualname__, Outer.Inner.__name__)
print(object.__name__, int.__qualname__, type(None).__name__, type(print).__name__, type(len).__name__)
print(Doc.__bases__, object.__bases__, Doc.__mro__)
print(isinstance(Doc, type), isinstance(d, object), issubclass(type, object))
def fn(): pass
print(fn.__class__.__name__, (lambda: 0).__name__, [].__class__, (1).__class__.__name__)
