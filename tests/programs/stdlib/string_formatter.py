import string
f = string.Formatter()
for s in ['a{{b', 'x}}y', '{0}{1:>{2}}', '{a.b[0]!r:^10}', 'plain', '', '{}', '{:{}}', 'a{b}c{', 'a}b', '{a!x}', '{a!rr}', '{0[}', '{a:{b:{c}}}', '{ a }', '{a[b]c}', '{{}}', 'a{0}b{1}c']:
    try:
        print(repr(s), list(f.parse(s)))
    except ValueError as e:
        print(repr(s), 'ValueError', e)
class P:
    x = 5
    items = [10, 20]
print(f.format('{} + {} = {:>5}', 1, 2, 3), f.format('{0}{1}{0}', 'a', 'b'), f.format('{p.x} {p.items[1]} {d[k]} {d[k]!r}', p=P, d={'k': 'v'}))
print(f.format('{:{w}.{p}f}', 3.14159, w=10, p=2), f.format('{0!s:>4}|{0!r}|{0!a}', 'é'), f.vformat('{x}-{0}', ('pos',), {'x': 'kw'}))
for bad in [('{}{0}', (1, 2)), ('{0}{}', (1, 2)), ('{0!z}', (1,)), ('{5}', (1,)), ('{:{:{:{}}}}', (1, 2, 3, 4))]:
    try:
        print(f.format(bad[0], *bad[1]))
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)
try:
    f.format('{missing}')
except KeyError as e:
    print('KeyError', e)
class Upper(string.Formatter):
    def format_field(self, value, spec):
        return super().format_field(value, spec).upper()
    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs:
            return '<%s>' % key
        return super().get_value(key, args, kwargs)
print(Upper().format('{a} and {b} {0:>3}', 'x', a='hello'))
