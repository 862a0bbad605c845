# Containers changed by default() while they are written: lists are read
# live, dicts from a snapshot (C encoder) or live (indenting encoder).
import io
import json

d = {"a": 1, "b": object(), "c": 3}


def grow_d(o):
    d["z"] = 9
    return "X"


print(json.dumps(d, default=grow_d))
l = [1, object(), 3]


def grow_l(o):
    l.append(4)
    return "Y"


print(json.dumps(l, default=grow_l))
d2 = {"a": 1, "b": object()}


def shrink(o):
    d2.pop("a", None)
    return "Z"


print(json.dumps(d2, default=shrink), json.dumps(d2, default=shrink, indent=1))
d3 = {"a": 1, "b": object(), "c": 3}


def grow_d3(o):
    d3["z"] = len(d3)
    return "W"


for kw in [{"indent": 1}, {"indent": 1, "sort_keys": True}]:
    try:
        print(json.dumps(d3, default=grow_d3, **kw))
    except RuntimeError as e:
        print("RuntimeError", e)
buf = io.StringIO()
d4 = {"a": 1, "b": object(), "c": 3}
try:
    json.dump(d4, buf, default=lambda o: d4.setdefault("q", "V"))
except RuntimeError as e:
    print("RuntimeError", e, "| wrote %r" % buf.getvalue())
