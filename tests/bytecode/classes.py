# Class bodies: a docstring, annotations, methods, a property, a
# classmethod, super() (the __class__ cell), bases and a keyword.
class Base:
    """A base class."""

    count: int = 0

    def hello(self):
        return "base"


class Child(Base, metaclass=type):
    @property
    def name(self):
        return "child"

    @classmethod
    def make(cls):
        return cls()

    def hello(self):
        return super().hello() + "!"
