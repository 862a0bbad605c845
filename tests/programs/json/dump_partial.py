# json.dump writes as it goes: when encoding fails, what CPython had
# written before the error is in the file.
import io
import json
import sys


class Thing:
    pass


class F(float):
    pass


nan = float("nan")
c = [1]
c.append(c)
cases = [
    ([1, 2, Thing(), 4], {}),
    ([nan], {"allow_nan": False}),
    ([1, nan], {"allow_nan": False}),
    ([1, [2, nan]], {"allow_nan": False, "indent": 2}),
    ([1, F("inf")], {"allow_nan": False}),
    ({"a": 1, "b": nan}, {"allow_nan": False}),
    ({"a": 1, nan: 2}, {"allow_nan": False}),
    ({"a": [1, {"b": Thing()}]}, {"indent": 1}),
    ({"a": 1, (1, 2): 2}, {}),
    ([c], {}),
    ({"x": [1, 2, 3], "y": {"z": Thing()}}, {"sort_keys": True}),
    ([1, 2, 10 ** 700], {}),
    ((1, [Thing()]), {"separators": (",", ":")}),
    ([Thing()], {"default": lambda o: {"t": [1, nan]}, "allow_nan": False}),
    (nan, {"allow_nan": False}),
    ({"k": Thing()}, {}),
]
sys.set_int_max_str_digits(640)
for obj, kw in cases:
    buf = io.StringIO()
    try:
        json.dump(obj, buf, **kw)
        print("ok", buf.getvalue())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e, "| wrote %r" % buf.getvalue())


class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)


buf = io.StringIO()
try:
    json.dump([{1, 2}, {"t": Thing()}], buf, cls=Enc)
except TypeError as e:
    print(e, "| wrote %r" % buf.getvalue())
buf = io.StringIO()
json.dump({"s": {3, 1}}, buf, cls=Enc, indent=1)
print(buf.getvalue())
