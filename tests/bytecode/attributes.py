# Attribute load, store, delete and augmented assignment, at module level
# and through a function's local (the fused LoadFastAttr forms).
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)

    def shift(self, d):
        self.x += d
        del self.y


p = Point(1, 2)
p.x = p.y
print(p.norm1())
