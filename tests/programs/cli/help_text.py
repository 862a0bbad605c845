# help(object) writes pydoc's plain-text page to stdout.


def area(w, h=1, *rest, unit: str = "m", **opts) -> float:
    """Area of a rectangle.

    Multiplies the sides.
    """
    return w * h


async def fetch(url, /, timeout=None):
    "Fetch something."


class Shape:
    "A shape."

    kind = 'generic'

    def __init__(self, name):
        self.name = name

    def describe(self):
        "What it is."
        return self.name


class Square(Shape):
    """A square.

    Four equal sides."""

    sides = 4

    def describe(self):
        return "square"

    @classmethod
    def unit(cls):
        "The unit square."
        return cls("unit")

    @staticmethod
    def corners(n):
        "Corners of n squares."
        return 4 * n

    @property
    def area(self):
        "Always 1."
        return 1


help(area)
print("--")
help(fetch)
print("--")
help(lambda x, y=2: x)
print("--")
help(Square)
print("--")
help(Square("s").describe)
print("--")
help(Shape("t"))
print("--")
help("no_such_name_anywhere")
