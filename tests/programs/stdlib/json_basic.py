import json
data = {"name": "Ann", "age": 31, "tags": ["a", "b"], "ok": True, "none": None, "pi": 3.14159, "nested": {"x": [1, 2, {"y": []}], "e": {}}, "big": 10**20, "neg": -0.5, "exp": 1e100}
print(json.dumps(data))
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps([1, [2, [3]]], indent="\t"))
print(json.dumps(data, separators=(",", ":")), json.dumps([1, 2], indent=0))
print(json.dumps("héllo ☃ 😀 \n\t\"\\ \x01"), json.dumps("héllo ☃ 😀", ensure_ascii=False))
print(json.dumps({1: "a", 2.5: "b", True: "c", None: "d"}), json.dumps((1, 2)), json.dumps(float("inf")), json.dumps([float("nan"), -float("inf")]))
print(json.dumps({"b": 1, "a": 2}, sort_keys=True), json.dumps(3), json.dumps("s"), json.dumps(None), json.dumps([]), json.dumps({}))
print(json.dumps({(1, 2): 3}, skipkeys=True), json.dumps({"s": {1, 2}}, default=sorted))
class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, complex if False else set):
            return list(o)
        return super().default(o)
print(json.dumps({"s": {3}}, cls=Enc))
text = '{"a": [1, 2.5, -3e2, true, false, null], "b": {"c": "d\\u00e9\\n"}, "e": "\\ud83d\\ude00", "f": 0, "g": -0.0, "h": 1E3}'
obj = json.loads(text)
print(obj, type(obj["a"][1]).__name__, obj["e"] == "😀")
print(json.loads("  [1, 2]  "), json.loads('"x"'), json.loads("123"), json.loads("NaN"), json.loads("[Infinity]"), json.loads(b'{"k": 1}'))
print(json.loads('{"a": 1, "a": 2}'), json.loads('{"x": 1}', object_hook=lambda d: sorted(d)), json.loads('[1.5]', parse_float=str), json.loads('{"a":1,"b":2}', object_pairs_hook=list))
print(json.loads(json.dumps(data)) == data)
for bad in ["", "[", "[1,]", '{"a" 1}', "{'a': 1}", '{"a": 1,}', "[1 2]", "tru", '"abc', '"a\\qb"', "[1] x", '{"a":}', "\"\x01\"", "01", "-", '{"a": 1 "b": 2}', "[\n1,\n2,,\n]"]:
    try:
        json.loads(bad)
        print("no error", repr(bad))
    except json.JSONDecodeError as e:
        print(repr(bad), "->", e, "|", e.msg, e.pos, e.lineno, e.colno)
for bad in [{"s": {1}}, {(1,): 2}, object()]:
    try:
        json.dumps(bad)
    except TypeError as e:
        print("TypeError", e)
c = []; c.append(c)
try:
    json.dumps(c)
except ValueError as e:
    print("ValueError", e)
try:
    json.dumps(float("nan"), allow_nan=False)
except ValueError as e:
    print("ValueError", e)
print(isinstance(json.JSONDecodeError("m", "doc", 0), ValueError))
import io
buf = io.StringIO(); json.dump({"k": [1]}, buf, indent=1); print(buf.getvalue()); buf.seek(0); print(json.load(buf))
