# dumps of every JSON-able type, with each formatting option.
import json

data = {"name": "Ann", "age": 31, "tags": ["a", "b"], "ok": True, "no": False,
        "none": None, "pi": 3.141592653589793, "tiny": 1e-7, "huge": 1e22, "neg": -0.0,
        "big": 10 ** 30, "nbig": -(10 ** 25), "t": (1, (2, 3)), "empty": {}, "el": [],
        "nested": {"x": [1, {"y": [[], {}]}]}, "f": 0.1 + 0.2, "i64": -(2 ** 63)}
print(json.dumps(data))
print(json.dumps(data, sort_keys=True))
for indent in [0, 1, 4, -2, "", "\t", "--", True]:
    print(repr(indent), json.dumps({"a": [1, [2, {}], []], "b": {"c": None}}, indent=indent))
print(json.dumps([1, {"a": 2}], separators=(",", ":")))
print(json.dumps([1, {"a": 2}], separators=[";", "="]))
print(json.dumps([1, {"a": 2}], indent=2, separators=(" ,", " : ")))
print(json.dumps({"b": 1, "a": {"d": 1, "c": 2}}, sort_keys=True, indent=1))
strings = ["", "plain", "quote\"back\\slash/", "\b\f\n\r\t", "\x00\x01\x1f\x7f",
           "caf\u00e9", "\u2603 snow", "\U0001f600 face", "\u0080\u00ff\u0100\uffff",
           "mixed \u00e9\n\U0001d11e\"end"]
for s in strings:
    print(json.dumps(s), json.dumps(s, ensure_ascii=False), json.dumps([s]))
print(json.dumps({"\u00e9": "\u00e9", "k\n": 1}), json.dumps({"\u00e9": "\u00e9"}, ensure_ascii=False))
keys = {1: "int", 2.5: "float", True: "true", False: "false", None: "null",
        10 ** 20: "big", -3: "neg", float("inf"): "inf", float("-inf"): "-inf", 1e100: "e"}
print(json.dumps(keys))
print(json.dumps({(1, 2): "t", "s": 1, frozenset(): 2, "u": 3}, skipkeys=True))
print(json.dumps({(1, 2): "t"}, skipkeys=True), json.dumps({(1, 2): "t"}, skipkeys=True, indent=2))
print(json.dumps([float("nan"), float("inf"), -float("inf"), 1.0, 1e16, 1.5e-5, 123456789.0]))
print(json.dumps(3), json.dumps(-7), json.dumps(2.0), json.dumps("s"), json.dumps(None),
      json.dumps(True), json.dumps(False), json.dumps([]), json.dumps({}), json.dumps(()))
print(json.dumps({"s": {1, 2}}, default=sorted), json.dumps(range(3), default=list))
print(json.dumps([1j, 2j], default=lambda c: [c.real, c.imag]))
# The same list twice is not a cycle.
shared = [1, 2]
print(json.dumps([shared, shared, {"a": shared}]))
print(json.dumps([[1, 2]] * 3, check_circular=False))
print(json.dumps(list(range(50))))
print(json.dumps({"k%d" % i: i for i in range(20)}, separators=(",", ":")))
big_list = [{"id": i, "name": "n%d" % i, "v": i / 4} for i in range(200)]
text = json.dumps(big_list)
print(len(text), text[:80], json.loads(text) == big_list)
print(json.loads(json.dumps(data)) == {**data, "t": [1, [2, 3]]})
print(json.dumps({"a": 1}, indent=None, separators=None, sort_keys=False, skipkeys=False))
