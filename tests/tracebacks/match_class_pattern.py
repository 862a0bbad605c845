class Point:
    __match_args__ = ("x",)

    def __init__(self):
        self.x = 1


def describe(p):
    match p:
        case {"k": 1}:
            return "mapping"
        case Point(a, b):
            return a, b


print(describe({"k": 1}))
describe(Point())
