# Module functions, Pattern and Match objects.
import re

p = re.compile(r'(?P<word>\w+)\s(?P<num>\d+)?')
print(p)
print(p.pattern, p.flags, p.groups, dict(p.groupindex))
m = p.search('xx hello 42 yy')
print(m)
print(m.group(), m.group(0), m.group(1), m.group('num'), m.group(1, 'num', 0))
print(m[0], m[1], m['word'])
print(m.groups(), m.groupdict())
print(m.start(), m.end(), m.span(), m.start('num'), m.end(2), m.span('word'))
print(m.lastindex, m.lastgroup, m.pos, m.endpos, m.re is p, m.string)
print(m.regs)
m2 = p.match('abc ')
print(m2, m2.groups(), m2.groups('-'), m2.groupdict(), m2.groupdict(0), m2.span(2), m2.start(2))
print(m2.lastindex, m2.lastgroup)
for bad in (3, 'nope', -1):
    try:
        m.group(bad)
    except IndexError as e:
        print('IndexError', e)
print(m.expand(r'<\2:\g<word>:\g<0>>'))
print(bool(m), p.match('!!') is None)
print(re.match('a', 'ab'), re.fullmatch('a', 'ab'), re.fullmatch('a|ab', 'ab'))
print(re.search('b', 'abc'), re.match('b', 'abc'))
q = re.compile('o')
print(q.match('foo', 1), q.match('foo', 1, 1), q.search('foo', 2), q.search('foo', 0, 1))
print(q.fullmatch('foo', 1, 2), q.fullmatch('foo', 1), q.search('foo', -5), q.search('foo', 10))
print(re.compile('^o').search('foo', 1), re.compile('(?m)^o').search('f\noo', 1))
print(re.compile('o$').search('foo', 0, 2), re.compile('$').search('abc', 1, 2))
print(re.compile('').match('abc', 2, 1))
print(re.findall(r'\d+', 'a1b22c333'))
print(re.findall(r'(\w)(\d)?', 'a1b'))
print(re.findall(r'(\w)=(\d)', 'a=1 b=2 c=x'))
print(re.findall(r'(a)|b', 'ab'))
print(re.findall('', 'ab'))
print(re.findall('x*', 'axxb'))
print(q.findall('foo boo', 3), q.findall('foo boo', 0, 3))
print([m.span() for m in re.finditer(r'\w+', 'ab cd  ef')])
print([m.group() for m in re.finditer('x*', 'axb')])
print([m.span() for m in q.finditer('foo boo', 2, 6)])
it = re.finditer('a', 'aa')
print(type(it).__name__, next(it), next(it), next(it, 'done'))
sc = re.compile(r'\d').scanner('a1b2')
print(sc.search(), sc.search(), sc.search())
sc = re.compile(r'\d').scanner('12a')
print(sc.match(), sc.match(), sc.match())
print(re.escape('a.b*c?d+e(f)[g]{h}|i^j$k\\l m\tn#o&p~q-r'), re.escape('éz_1'))
print(re.escape(b'a.b\x00'))
print(re.compile('a') == re.compile('a'), re.compile('a') != re.compile('a', re.I))
print(hash(re.compile('ab')) == hash(re.compile('ab')))
print(re.compile(p) is p)
try:
    re.compile(p, re.I)
except ValueError as e:
    print('ValueError', e)
for bad in (5, None, ['a']):
    try:
        re.compile(bad)
    except TypeError as e:
        print('TypeError', e)
try:
    re.match('a', 5)
except TypeError as e:
    print('TypeError', e)
print(type(p).__name__, type(m).__name__, isinstance(p, re.Pattern), isinstance(m, re.Match))
print(re.Pattern, re.Match, re.error)
import copy
print(copy.copy(p) is p, copy.deepcopy(m) is m)
re.purge()
print(re.compile('a+').match('aa'))
print(re.compile('x' * 250))
print(re.compile('a\nb'), re.compile("it's"), re.compile('"q"'))
