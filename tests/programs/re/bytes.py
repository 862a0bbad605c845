# Bytes patterns on bytes.
import re

print(re.match(rb'\w+', b'abc def'), re.findall(rb'\d+', b'a1b22'))
print(re.sub(rb'(\w+)@(\w+)', rb'\2 at \1', b'me@host'))
print(re.sub(b'a', b'\\n', b'xa'), re.sub(b'a', lambda m: m.group().upper(), b'aba'))
print(re.split(rb'[,;]', b'a,b;c'), re.split(rb'([,;])', b'a,b'))
print(re.compile(b'a+', re.I), re.compile(b'x').pattern, re.compile(rb'(?P<n>x)').groupindex['n'])
m = re.search(rb'(?P<k>\w+)=(?P<v>\w*)', b'  key=val ')
print(m, m.group('k'), m.groups(), m.groupdict(), m.span(), m[2])
print(re.match(rb'\w', b'\xe9'), re.match(b'\xe9', b'\xe9'), re.match(b'[\xe0-\xef]+', b'\xe9\xea'))
print(re.match(b'A', b'a', re.I), re.match(b'\xc9', b'\xe9', re.I), re.match(rb'\s', b'\x1c'))
print(re.fullmatch(rb'\x00\x01', b'\x00\x01'), re.match(rb'.', b'\n'), re.match(rb'.', b'\n', re.S))
print(re.escape(b'a-b.c'), re.findall(b'', b'ab'))
for bad in [(b'a', 'a'), ('a', b'a')]:
    try:
        re.match(*bad)
    except TypeError as e:
        print('TypeError', e)
try:
    re.compile(rb'\u1234')
except re.error as e:
    print(e)
try:
    re.sub(b'a', 'x', b'a')
except TypeError as e:
    print('TypeError', e)
print(re.sub(b'(a)', rb'[\1\g<1>]', b'bab'))
print([m.span() for m in re.finditer(rb'\d', b'1a2')])
