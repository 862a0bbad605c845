# JSONEncoder subclasses: default(), encode() and iterencode() overrides,
# json.dump writing pieces, and the json.encoder helpers.
import io
import json
import json.encoder


class SetEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, (set, frozenset)):
            return sorted(o)
        return super().default(o)


print(json.dumps({"s": {3, 1, 2}, "f": frozenset([9])}, cls=SetEncoder))
print(json.dumps({"s": {3, 1}}, cls=SetEncoder, indent=2, sort_keys=True))
try:
    json.dumps({"o": object()}, cls=SetEncoder)
except TypeError as e:
    print("TypeError", e)


class Upper(json.JSONEncoder):
    def encode(self, o):
        return super().encode(o).upper()


print(json.dumps({"a": "b"}, cls=Upper), json.dumps("x", cls=Upper))


class Chunks(json.JSONEncoder):
    def iterencode(self, o, _one_shot=False):
        for piece in super().iterencode(o, _one_shot):
            yield piece.replace(" ", "")


print(json.dumps({"a": [1, 2], "b": {"c": None}}, cls=Chunks))
enc = json.JSONEncoder(indent=2, sort_keys=True)
print(enc.encode({"b": [1], "a": "x"}))
pieces = list(json.JSONEncoder().iterencode({"k": [1, "two", 3.0, None]}))
print("".join(pieces), len(pieces) > 1)
print("".join(json.JSONEncoder(indent="  ").iterencode([{"a": 1}, []])))
print(enc.item_separator, enc.key_separator, json.JSONEncoder().item_separator)
print(json.JSONEncoder(separators=(",", ":")).encode({"a": [1, 2]}))
print(json.JSONEncoder(default=str).encode([1j]))
e2 = json.JSONEncoder()
e2.sort_keys = True
e2.indent = 1
print(e2.encode({"z": 1, "a": [2]}))


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


class PointEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Point):
            return {"x": o.x, "y": o.y, "kind": type(o).__name__}
        return json.JSONEncoder.default(self, o)


print(json.dumps([Point(1, 2), {"p": Point(3, Point(4, 5))}], cls=PointEncoder))
print(json.dumps([Point(1, 2)], cls=PointEncoder, indent=1))

buf = io.StringIO()
json.dump({"k": [1, 2], "s": "\u00e9"}, buf)
print(buf.getvalue())
buf = io.StringIO()
json.dump([1, {"a": None}], buf, indent=2, sort_keys=True)
print(buf.getvalue())
buf = io.StringIO()
json.dump("\u00e9", buf, ensure_ascii=False)
print(buf.getvalue())


class Recorder:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)


r = Recorder()
json.dump({"a": [1, 2, {"b": 3}], "c": "d"}, r)
print("".join(r.parts))
# A failing dump has already written what came before the bad value.
r = Recorder()
try:
    json.dump([1, 2, object(), 4], r)
except TypeError as e:
    print("TypeError", e, "| written:", "".join(r.parts))
buf = io.StringIO()
json.dump([1, 2], buf)
buf.seek(0)
print(json.load(buf), json.load(io.StringIO('{"x": 1.5}'), parse_float=str))
print(json.encoder.encode_basestring("a\"\u00e9\n"), json.encoder.encode_basestring_ascii("a\"\u00e9\n\U0001f600"))
print(json.encoder.JSONEncoder is json.JSONEncoder, json.decoder.JSONDecoder is json.JSONDecoder)
