class O:
    cls_attr = "c"
o = O()
setattr(o, "x", 1)
print(getattr(o, "x"), getattr(o, "cls_attr"), getattr(o, "nope", None), hasattr(o, "x"), hasattr(o, "nope"))
delattr(o, "x")
print(hasattr(o, "x"))
try:
    getattr(o, "nope")
except AttributeError as e:
    print(e)
try:
    getattr(o, 5)
except TypeError as e:
    print(e)
try:
    setattr(1, "x", 2)
except AttributeError as e:
    print(e)
try:
    delattr(o, "zz")
except AttributeError as e:
    print(e)
print(getattr(1, "real"), getattr("s", "upper")(), hasattr([], "append"), hasattr(None, "x"))
try:
    (5).imag = 3
except AttributeError as e:
    print(e)
try:
    None.foo
except AttributeError as e:
    print(e)
try:
    [].nope
except AttributeError as e:
    print(e)
try:
    O.nope
except AttributeError as e:
    print(e)
import sys
try:
    sys.nope
except AttributeError as e:
    print(e)
