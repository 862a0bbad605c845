from collections import namedtuple
import math
import string
import typing
import collections

Item = namedtuple("Item", "qty price")
it = Item(1, 2)
for f in (lambda: setattr(it, "qty", 2), lambda: delattr(it, "qty")):
    try:
        f()
    except AttributeError as e:
        print("AttributeError", e)
print(math.dist([0, 0], [3, 4]), math.dist((1, 2, 3), (4, 6, 3)))
try:
    math.dist([1], [1, 2])
except ValueError as e:
    print("ValueError", e)
for f in (lambda: math.comb(-1, 2), lambda: math.comb(3, -2), lambda: math.perm(-1),
          lambda: math.perm(3, -1), lambda: math.perm(-3, 1), lambda: math.comb(1.5, 2)):
    try:
        f()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)


class T(string.Template):
    idpattern = r'[a-z]+'


print(T("$ab1 $x").safe_substitute(ab="Q", x=1))
print(typing.get_args(dict[str, int]), typing.get_origin(list[int]), collections.deque[str])
