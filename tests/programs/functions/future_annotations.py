from __future__ import annotations
from typing import List


class Tree:
    def __init__(self, left: Tree | None, value: int) -> None:
        self.left = left

    def walk(self) -> List[Tree]:
        return [self]


x: Undefined = 3
y: dict[str, int]
print(Tree.__init__.__annotations__)
print(Tree.walk.__annotations__, __annotations__)
def f(a: str, *args: int, b: Tree = None, **kw: Foo) -> Bar: pass
print(f.__annotations__)
