# Deep input: RecursionError as CPython's, never a crash; moderate depth works.
import json

for n in [100, 400]:
    v = json.loads('[' * n + ']' * n)
    depth = 0
    while v:
        v = v[0]
        depth += 1
    print(n, depth)
    d = json.loads('{"a":' * n + '1' + '}' * n)
    print(json.dumps(d)[:30], len(json.dumps(d)))
for doc in ['[' * 100000, '{"a":' * 100000, '[' * 100000 + ']' * 100000, '[{"a":' * 50000]:
    try:
        json.loads(doc)
    except RecursionError as e:
        print('RecursionError', e)
a = []
for i in range(100000):
    a = [a]
for kw in [{}, {'check_circular': False}, {'sort_keys': True}]:
    try:
        json.dumps(a, **kw)
    except RecursionError as e:
        print('RecursionError', e)
d = {}
for i in range(100000):
    d = {'k': d}
try:
    json.dumps(d)
except RecursionError as e:
    print('RecursionError', e)
# A default() that never reaches a JSON value.
class Node:
    pass
try:
    json.dumps(Node(), default=lambda o: [Node()])
except RecursionError as e:
    print('RecursionError', e)
print(json.loads(json.dumps([[[[[{"x": [1]}]]]]])))
# CPython's indenting encoder and json.dump are Python code: the limit
# trips in a call there.
import io
for kw in [{'indent': 1}, {'indent': '\t', 'sort_keys': True}]:
    try:
        json.dumps(a, **kw)
    except RecursionError as e:
        print('RecursionError', e)
try:
    json.dump(a, io.StringIO())
except RecursionError as e:
    print('RecursionError', e)
