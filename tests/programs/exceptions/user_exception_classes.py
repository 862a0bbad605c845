class Base(Exception):
    default = "base problem"
    def __init__(self, msg=None, **info):
        super().__init__(msg or self.default)
        self.info = info
class NotFound(Base):
    default = "not found"
class Forbidden(Base):
    pass
for cls in (NotFound, Forbidden, Base):
    try:
        raise cls(user="u1")
    except NotFound as e:
        print("NotFound", e, e.info)
    except Base as e:
        print("Base", type(e).__name__, e, e.info)
class Multi(ValueError, KeyError):
    pass
try:
    raise Multi("m")
except KeyError as e:
    print("as KeyError", type(e).__name__, isinstance(e, ValueError), str(e))
print([c.__name__ for c in Multi.__mro__])
class WithRepr(Exception):
    def __repr__(self):
        return "WithRepr!"
print(repr(WithRepr()), [WithRepr()])
e = NotFound("x")
e.extra = 1
print(e.extra, e.__dict__ if hasattr(e, "__dict__") else {})
try:
    raise NotFound("first")
except Base as e:
    caught = e
print(caught, type(caught).__name__, caught.__traceback__ is not None)
