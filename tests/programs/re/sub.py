# sub and subn: templates, callables, counts, empty matches.
import re

print(re.sub(r'(\w+) (\w+)', r'\2 \1', 'hello world foo bar'))
print(re.sub(r'(?P<a>\d)', r'<\g<a>>', 'a1b2'))
print(re.sub(r'(\d)', r'\g<1>0', 'a1b2'))
print(re.sub(r'\d', r'\g<0>\g<0>', 'a1b2'))
print(re.sub('a', r'\n\t\\', 'xax'))
print(repr(re.sub('a', r'\0\07\101', 'a')))
print(re.sub('a', r'\-\.', 'a'))
print(re.sub('(a)|b', r'[\1]', 'ab'))
print(re.sub('x*', '-', 'abxd'))
print(re.sub('', '-', 'abc'))
print(re.sub('a', 'b', 'aaa', 2), re.sub('a', 'b', 'aaa', count=1), re.sub('a', 'b', 'aaa', -1))
print(re.subn('a', 'b', 'banana'), re.subn('z', 'b', 'banana'))
print(re.sub(r'\d+', lambda m: str(int(m.group()) * 2), 'a1b22c333'))
print(re.sub(r'(\w)(\w)?', lambda m: m.group(2) or '_', 'abc'))
print(re.sub('A', 'x', 'aAa', flags=re.I))
print(re.compile('o').sub('0', 'foo boo', 3))
print(re.compile('o').subn(lambda m: str(m.start()), 'foo'))
print(re.sub('(?m)^', '> ', 'one\ntwo\n'))
print(re.sub('$', '!', 'a\nb\n'))
print(re.sub('(?m)$', '!', 'a\nb\n'))
print(re.sub(r'\s+', ' ', '  a \t b\n\nc  '))
print(re.sub('(b)?c', r'[\1]', 'c bc'))
print(re.sub('é', 'e', 'café résumé'))
m = re.match(r'(?P<y>\d{4})-(?P<m>\d\d)', '2024-05')
print(m.expand(r'\g<m>/\g<y>'), m.expand(r'\2.\1'))
for t in (r'\g', r'\g<', r'\g<a', r'\g<>', r'\g<1a>', r'\g<3>', r'\3', r'\q', '\\', r'\400', r'\g<-1>'):
    try:
        re.sub('(?P<a>b)(c)?', t, 'abc')
    except re.error as e:
        print(repr(t), 'error:', e, '|', e.pos)
try:
    re.sub('(?P<a>b)', r'\g<zz>', 'b')
except IndexError as e:
    print('IndexError', e)
try:
    re.sub('a', lambda m: 5, 'xa')
except TypeError as e:
    print('TypeError', e)
print(re.sub(r'(\d)', r'\g<01>', 'x1'), re.sub('(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)', r'\11\10', 'abcdefghijk'))
