# Flags: the RegexFlag values and reprs, argument and inline flags.
import re

print(re.I, repr(re.M), re.I | re.M, re.NOFLAG, re.A | re.I, re.S | re.X | re.U)
print(int(re.I), int(re.IGNORECASE | re.VERBOSE), re.I == 2, re.I | 1)
print(re.I is re.IGNORECASE, re.L, re.T, re.DEBUG, ~re.I)
print(re.compile('a', re.I | re.M), re.compile('(?s)a'), re.compile('(?im)a'))
print(re.compile('a', re.A).flags, re.compile('a').flags, re.compile(b'a').flags)
print(re.compile('(?x) a b # comment\n c').match('abc'))
print(re.match('a b  c', 'abc', re.X), re.match(r'a\ b[ ]c', 'a b c', re.VERBOSE))
print(re.match('a # c\n +', 'aaa', re.X))
print(re.findall('^\\w', 'ab\ncd\nef', re.M), re.findall('^\\w', 'ab\ncd'))
print(re.findall('\\w$', 'ab\ncd\nef', re.M), re.findall('\\w$', 'ab\ncd\n'))
print(re.findall('.', 'a\nb', re.S), re.findall('.', 'a\nb'))
print(re.match('ABC', 'abc', re.I), re.match('(?i)ABC', 'abc'), re.match('a(?i:B)c', 'abc'))
print(re.match('a(?i:B)c', 'aBC'), re.match('(?i)a(?-i:B)c', 'AbC'), re.match('(?i)a(?-i:B)c', 'ABC'))
print(re.match('[a-c]+', 'ABCd', re.I), re.match('[^a-c]+', 'ABCd', re.I))
print(re.match('(?s:.)(?m:$)', '\n\n'), re.match('(?x: a )b', 'ab'))
print(re.match(r'\w+', 'héllo'), re.match(r'\w+', 'héllo', re.A), re.match(r'(?a)\w+', 'héllo'))
print(re.match(r'(?a:\w+)(?u:\w+)', 'héllo'))
print(re.match('É', 'é', re.I), re.match('É', 'é', re.I | re.A))
print(re.match('k', '\u212a', re.I), re.match('s', '\u017f', re.I), re.match('[k]', '\u212a', re.I))
print(re.match('σ', 'Σς', re.I), re.match('σ+', 'Σς', re.I))
print(re.match(r'(a)\1', 'aA', re.I), re.match(r'(a)\1', 'aA'))
print(re.search(r'\bé', 'x é'), re.search(r'\bé', 'xé'), re.search(r'\bé', 'xé', re.A))
print(re.match('\\d+', '١٢٣'), re.match('\\d+', '١٢٣', re.A), re.match('\\s+', '\u2003\x1c x'), re.match('\\s+', '\u2003', re.A))
for f in (re.A | re.U, re.L):
    try:
        re.compile('a', f)
    except ValueError as e:
        print('ValueError', e)
try:
    re.compile('(?a)(?u)a')
except ValueError as e:
    print('ValueError', e)
try:
    re.compile(b'a', re.U)
except ValueError as e:
    print('ValueError', e)
print(re.compile(b'a', re.L), re.compile(b'(?L)a').flags)
print(re.RegexFlag.MULTILINE, list(re.RegexFlag)[:3] if False else type(re.M).__name__)
