# dumps errors: CPython's types and messages.
import json

class Thing:
    pass

for bad in [{"s": {1}}, [1, object()], Thing(), b"bytes", 1j, {"a": [Thing()]}, bytearray(b"x")]:
    try:
        json.dumps(bad)
    except TypeError as e:
        print("TypeError", e)
for bad in [{(1,): 2}, {b"k": 1}, {frozenset(): 1}, {1j: 2}, {"ok": 1, Thing(): 2}]:
    try:
        json.dumps(bad)
    except TypeError as e:
        print("TypeError", e)
    try:
        json.dumps(bad, indent=2)
    except TypeError as e:
        print("TypeError indent", e)
c = []
c.append(c)
d = {}
d["self"] = d
e = {"l": [1, {"back": None}]}
e["l"][1]["back"] = e
for cyc in [c, d, e, [c]]:
    for kw in [{}, {"indent": 1}]:
        try:
            json.dumps(cyc, **kw)
        except ValueError as err:
            print("ValueError", err)
class Loop:
    pass
loop = Loop()
try:
    json.dumps(loop, default=lambda o: [o])
except ValueError as err:
    print("ValueError", err)
for v in [float("nan"), [float("inf")], {"k": -float("inf")}, {float("nan"): 1}]:
    try:
        json.dumps(v, allow_nan=False)
    except ValueError as err:
        print("ValueError", err)
print(json.dumps([1.5, {2.5: 3}], allow_nan=False))
for v in [{1: 2, "a": 3}, {"a": 2, 1: 3}, {None: 1, "x": 2}]:
    try:
        print(json.dumps(v, sort_keys=True))
    except TypeError as err:
        print("TypeError", err)
def bad_default(o):
    raise RuntimeError("no %s" % type(o).__name__)
try:
    json.dumps([1, Thing()], default=bad_default)
except RuntimeError as err:
    print("RuntimeError", err)
try:
    json.dumps([1], separators=(",",))
except ValueError as err:
    print("ValueError", err)
try:
    json.dumps([1], indent=1.5)
except TypeError as err:
    print("TypeError", err)
try:
    json.dumps([1], bogus=True)
except TypeError as err:
    print("TypeError", err)
import sys
sys.set_int_max_str_digits(1000)
try:
    json.dumps([10 ** 1200])
except ValueError as err:
    print("ValueError", err)
try:
    json.loads("1" * 1200)
except ValueError as err:
    print("ValueError", err)
# CPython's Python encoder (indenting, iterencode) names the value.
for v in [float("nan"), [float("inf")], {"k": -float("inf")}, {float("nan"): 1}]:
    try:
        json.dumps(v, allow_nan=False, indent=1)
    except ValueError as err:
        print("ValueError indent", err)
    try:
        "".join(json.JSONEncoder(allow_nan=False).iterencode(v))
    except ValueError as err:
        print("ValueError iterencode", err)
