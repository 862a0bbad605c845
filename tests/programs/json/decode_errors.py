# JSONDecodeError: CPython's message, and pos/lineno/colno in code points.
import json

bad = [
    '', ' ', '[', ']', '{', '}', '[1,]', '[1 2]', '[1,,2]', '[,1]', '{"a" 1}',
    "{'a': 1}", '{"a": 1,}', '{"a":}', '{"a"', '{"a":', '{"a":1', '{1: 2}',
    '{"a": 1 "b": 2}', 'tru', 'nul', 'fals', 'NAN', 'inf', '-', '-x', '+1',
    '.5', '01', '1.', '1.e5', '1e', '1e+', '0x10', '"abc', '"', '"a\\qb"',
    '"ab\\', '"\\u12"', '"\\u12x4"', '"\\u1234', '"\\ud800\\u12"',
    '"\\ud800\\ux"', '"\\ud800\\udc00', '"\\ud800\\', '"\x01"', '"a\x1fb"',
    '"a\nb"', '[1] x', '1 2', '[1]\x00', '"x" "y"', '[1,\n2,,\n3]',
    '{\n  "a": 1,\n  "b": 2\n  "c": 3\n}', '\n\n   @', '[\u00e9]',
    '["\u00e9\u00e9", x]', '{"\u2603": 1, x}', '"\u00e9\\x"', '[1, 2\n', '[[[[',
    '{"a": [1, 2}', '[1, 2}', '{"a": 1]', '\ufeff1', 'true false',
]
for b in bad:
    try:
        print(repr(b), 'ok?', json.loads(b))
    except json.JSONDecodeError as e:
        print(repr(b), '->', e.msg, '|', e.pos, e.lineno, e.colno, '|', e)
        assert e.doc == b

e = json.JSONDecodeError('Custom', 'ab\ncd', 4)
print(e, e.msg, e.pos, e.lineno, e.colno, isinstance(e, ValueError))
print(json.JSONDecodeError.__module__, json.JSONDecodeError.__name__)
import json.decoder
print(json.decoder.JSONDecodeError is json.JSONDecodeError)

# raw_decode starts exactly at idx (no whitespace skipped) and returns where
# the value ends.
d = json.JSONDecoder()
print(d.raw_decode('[1, 2] tail'), d.raw_decode('xx{"a": 1}yy', 2), d.raw_decode('  7', 2))
print(d.raw_decode('"\u00e9\u00e9" rest'), d.raw_decode('\u00e9\u00e9 12 z', 3))
for args in [(' 1', 0), ('1', 5), ('1', -1), ('[1,', 0), ('\u00e9\u00e9 [x', 3)]:
    try:
        print(d.raw_decode(*args))
    except ValueError as e:
        print(type(e).__name__, e)
print(d.decode('  {"k": [1]}  '))
try:
    d.decode('{"k": [1]} !')
except json.JSONDecodeError as e:
    print(e)

# scanstring: the literal after an opening quote, and where it ends.
from json.decoder import scanstring
print(scanstring('"abc" tail', 1), scanstring('x"a\\nb"', 2), scanstring('"\u00e9\\u00e9"', 1))
for args in [('"abc', 1), ('"a\x01"', 1), ('"ab"', 9)]:
    try:
        print(scanstring(*args))
    except ValueError as e:
        print(type(e).__name__, e)
print(scanstring('"a\x01"', 1, False))
for args in [('abc', 0), ('abc"', 0), ('', 0), ('"', 1), ('"\\', 1)]:
    try:
        print(scanstring(*args))
    except json.JSONDecodeError as e:
        print(e, e.pos, e.colno)
