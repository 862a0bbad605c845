# Values of every kind, numbers at their edges, strings with escapes.
import json

docs = [
    'null', 'true', 'false', '0', '-0', '7', '-12', '123456789012345678',
    '1234567890123456789', '-9223372036854775808', '9223372036854775808',
    '123456789012345678901234567890', '-98765432109876543210987654321',
    '0.5', '-0.0', '1e3', '1E3', '1e-3', '1.5e+10', '2.5E-5', '1e400', '-1e400',
    '1e-400', '0.1', '3.141592653589793', '12345678901234567890.5',
    '"plain"', '""', '"caf\\u00e9"', '"\\ud83d\\ude00"', '"\\"\\\\\\/\\b\\f\\n\\r\\t"',
    '"h\u00e9llo \u2603 \U0001f600"', '"\\u0041\\u00410"', '"tab\\tend"',
    '[]', '{}', '[[]]', '[{}]', '{"a": {}}', '[1, [2, [3, [4]]]]',
    ' \t\n\r [ 1 , 2 ] \n', '{"a" : 1 , "b":2}', '[true,false,null]',
    'NaN', 'Infinity', '-Infinity', '[NaN, Infinity, -Infinity]',
]
for d in docs:
    v = json.loads(d)
    print(repr(d), '->', repr(v), type(v).__name__)

# Duplicate keys: the last value wins, the first position stays.
print(json.loads('{"a": 1, "b": 2, "a": 3}'))
print(list(json.loads('{"z": 1, "y": 2, "x": 3}')))
# Many keys and long lists.
big = json.loads('{' + ', '.join('"k%d": %d' % (i, i * i) for i in range(100)) + '}')
print(len(big), big['k0'], big['k99'], list(big)[:3], list(big)[-2:])
arr = json.loads('[' + ','.join(str(i) for i in range(1000)) + ']')
print(len(arr), sum(arr), arr[-1])
# Keys repeated across records and documents stay equal and usable.
recs = json.loads('[' + ','.join('{"id": %d, "name": "n%d", "tags": ["t"]}' % (i, i) for i in range(50)) + ']')
print(len(recs), recs[0], recs[49], sum(r['id'] for r in recs))
again = json.loads('{"id": 5, "name": "x"}')
print(again['id'], again['name'], 'id' in again, sorted(again))
# Escaped keys, non-ASCII keys.
print(json.loads('{"k\\u00e9y": 1, "\u00e9t\u00e9": 2, "a\\nb": 3}'))
# Whitespace everywhere.
print(json.loads('\n{\n  "a" :\t[ 1 ,\r\n 2 ] ,\n "b" : { } \n}\n'))
nested = json.loads('{"a": [1, {"b": [2, {"c": [3, {"d": null}]}]}]}')
print(nested, nested['a'][1]['b'][1]['c'][1]['d'])
print(json.loads('"\\u00e9"') == '\u00e9', json.loads('"\\u20ac"'), len(json.loads('"\\ud834\\udd1e"')))
x = json.loads('[1.0, 1, -0.0, 0]')
print([type(i).__name__ for i in x], x)
print(json.loads('1' * 300) == int('1' * 300))
print(json.loads('  "s"  '), json.loads('-5'), json.loads('[-5, -5.5, -5e1]'))
