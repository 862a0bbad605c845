from __future__ import annotations

import typing
from dataclasses import dataclass


@dataclass
class Item:
    name: str
    price: float | None = None
    tags: list[str] | None = None


def total(items: list[Item], discount: int | None = None) -> float:
    return sum(i.price or 0 for i in items)


print(total.__annotations__)
print(typing.get_type_hints(total))
print(Item.__annotations__)
print(typing.get_type_hints(Item))
print(Item("a", 2.5))
