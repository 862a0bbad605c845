# JSONDecoder subclasses overriding raw_decode, the scanner protocol, and
# dict/list subclasses whose items()/__iter__ the encoder consults.
import json


class Tagged(json.JSONDecoder):
    def raw_decode(self, s, idx=0):
        v, end = super().raw_decode(s, idx)
        return ("raw", v), end


print(json.loads(" [1, {\"a\": 2}] ", cls=Tagged))
try:
    json.loads("[1] [2]", cls=Tagged)
except json.JSONDecodeError as e:
    print(e)
try:
    json.loads("  ", cls=Tagged)
except json.JSONDecodeError as e:
    print(e)

d = json.JSONDecoder()
print(d.scan_once('xx[1, 2] yy', 2))
try:
    d.scan_once('  1', 0)
except StopIteration as e:
    print("StopIteration", e.value)
try:
    d.scan_once('[1, x]', 0)
except StopIteration as e:
    print("StopIteration", e.value)
try:
    d.scan_once('[1 x]', 0)
except json.JSONDecodeError as e:
    print(e)
print(d.parse_string('"ab" c', 1))


def values(s):
    # Every value in a stream of concatenated documents.
    out, i = [], 0
    while True:
        while i < len(s) and s[i].isspace():
            i += 1
        if i == len(s):
            return out
        v, i = d.raw_decode(s, i)
        out.append(v)


print(values('{"a": 1} [2, 3] "four" 5.5 null\n{"b": [true]}'))


class Items(dict):
    def items(self):
        return [("x", 1), ("y", [2])]


class Iter(list):
    def __iter__(self):
        return iter([9, "nine"])


print(json.dumps(Items(a=1)), json.dumps(Items(a=1), indent=1), json.dumps(Items()))
print(json.dumps(Iter([1])), json.dumps(Iter([1]), indent=1), json.dumps(Iter()))
print(json.dumps({"in": [Items(q=0), Iter()]}, sort_keys=True))
