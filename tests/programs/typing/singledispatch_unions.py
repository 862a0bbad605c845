from functools import singledispatch
import typing

@singledispatch
def f(x):
    return "obj"

@f.register
def _(x: int | str):
    return "int-or-str"

@f.register(float | None)
def _(x):
    return "float-or-none"

@f.register
def _(x: typing.Union[list, dict]):
    return "container"

print(f(1), f("a"), f(1.5), f(None), f([]), f({}), f(()))
for bad in [lambda: f.register(3), lambda: f.register(int | list[int])]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
def g(x: list[int]): pass
try:
    f.register(g)
except TypeError as e:
    print("TypeError:", e)
try:
    f.register(3, lambda x: x)
except TypeError as e:
    print("TypeError:", e)
