# parse_float / parse_int / parse_constant, object_hook / object_pairs_hook,
# strict=, cls= and JSONDecoder subclasses.
import json
from collections import OrderedDict

doc = '{"a": 1, "b": [2.5, -3, 1e2], "c": {"d": NaN, "e": -Infinity}, "f": "s"}'
print(json.loads(doc, parse_float=str))
print(json.loads(doc, parse_int=lambda t: 'int:' + t))
print(json.loads(doc, parse_constant=lambda t: '<%s>' % t))
print(json.loads(doc, parse_float=float, parse_int=int))
print(json.loads('[1, 2.0]', parse_int=float, parse_float=lambda t: round(float(t))))
seen = []
def hook(d):
    seen.append(sorted(d))
    return len(d)
print(json.loads(doc, object_hook=hook), seen)
print(json.loads(doc, object_pairs_hook=lambda p: p))
print(json.loads('{"b": 1, "a": 2, "b": 3}', object_pairs_hook=OrderedDict))
print(json.loads('{}', object_pairs_hook=lambda p: ('pairs', p)), json.loads('{}', object_hook=lambda d: ('dict', d)))
# object_pairs_hook wins over object_hook.
print(json.loads('{"x": {"y": 1}}', object_hook=lambda d: 'H', object_pairs_hook=lambda p: ['P', p]))
print(json.loads('[{"a": 1}, {"b": [{"c": 2}]}]', object_hook=lambda d: tuple(d.items())))
# A hook's exception propagates as is.
def boom(d):
    raise KeyError('boom %s' % sorted(d))
for kw in [dict(object_hook=boom), dict(parse_float=lambda t: 1 / 0), dict(parse_int=int.__sub__)]:
    try:
        json.loads('[{"q": 1.5}]', **kw)
    except Exception as e:
        print(type(e).__name__, e)
# strict=False lets control characters through strings.
print(repr(json.loads('"a\tb\nc\x00"', strict=False)))
try:
    json.loads('"a\tb"')
except json.JSONDecodeError as e:
    print(e)
print(json.JSONDecoder(strict=False).decode('["\x01", "\\u0041"]'))
dec = json.JSONDecoder(parse_int=str, object_hook=lambda d: d.get('v'))
print(dec.decode('[{"v": 10}, {"w": 1}]'), dec.raw_decode('{"v": 3} x'))
print(dec.strict, dec.parse_float is float, dec.object_pairs_hook)

class Dec(json.JSONDecoder):
    def __init__(self, **kw):
        kw.setdefault('parse_float', lambda t: 'F' + t)
        super().__init__(**kw)
        self.calls = 0
    def decode(self, s):
        self.calls += 1
        return ['wrapped', super().decode(s)]
print(json.loads('[1.5, 2]', cls=Dec))
print(json.loads('[1.5]', cls=Dec, parse_float=lambda t: 'G' + t))
print(json.loads('[1]', cls=json.JSONDecoder, strict=False))
try:
    json.loads('[1]', bogus=1)
except TypeError as e:
    print('TypeError', e)
import io
print(json.load(io.StringIO('{"from": "file", "n": [1, 2]}')))
print(json.load(io.StringIO('[1.25]'), parse_float=lambda t: t + '!'))
