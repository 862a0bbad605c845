# re.error: messages, positions, line and column.
import re

pats = ['(', '*', 'a**', 'a{2}{3}', '[a', '[b-a]', '(?<x>a)', '(?Px)', '(?P<>a)',
        '(?P<1a>x)', '(?P=zz)', '(?P<a>x)(?P<a>y)', ')', 'a)', 'a{3,2}', '(?<=a*)b',
        '(?<=a|bc)', '\\q', '\\', 'a\\1', '(a)\\2', '(?(1)a|b|c)', '(?(x)a)', '(?i',
        '(?z)', 'a(?i)b', '(?#abc', '\\x1', '\\777', '\\u12', '[\\w-z]', '(?-i)',
        '(?i-i:a)', '(?P', '(?', '(?P<a', '(?P=', '(?P=a', '(?(1', '(?(1)', '(?<',
        '\\8', '[\\8]', '(a)(?(2)b)', '(?(0)a)', '[]', '[^]', 'x++*', '(?>', 'a(?u)',
        '(?L)', '(?au)', '(?-u:a)', '\\Z\\z', '(?P<a-b>c)', '(?(a)b)', '(a\\1)',
        '(?<=\\1)(a)', '[a-\\w]', '|*', '^*', '$*', '\\b*', '(?iP<a>x)', 'a|(?i)b',
        '(?-:a)', '(?(-1)x)', '\\118', '\\400', '[\\400]', '\\N', '\\N{', '\\U00110000',
        '(?i)(?-i:a)(?i)', '((?i))', '(?a:\\w)(?x)']
for p in pats:
    try:
        re.compile(p)
        print(repr(p), 'compiled')
    except re.error as e:
        print(repr(p), '->', e.msg, '|', e.pos, '|', e)
try:
    re.compile('a\n(b')
except re.error as e:
    print(e, '|', e.lineno, e.colno, repr(e.pattern), e.args)
try:
    re.compile('ab\ncd\n[ef')
except re.error as e:
    print(e, '|', e.lineno, e.colno)
try:
    re.compile(b'a\n(b')
except re.error as e:
    print(e, '|', e.lineno, e.colno, e.pattern)
try:
    re.compile('(?<=a+)')
except re.error as e:
    print(e, '|', e.pos, e.lineno, e.colno, e.pattern)
try:
    re.compile('a{4294967295}')
except OverflowError as e:
    print('OverflowError', e)
print(re.compile('a{4294967294}').match('aa'))
e = re.error('custom')
print(e.msg, e.pattern, e.pos, str(e))
e = re.error('custom', 'abc', 1)
print(str(e), e.lineno, e.colno)
print(issubclass(re.error, Exception), re.error.__name__, re.error.__module__)
try:
    re.compile('(')
except Exception as e:
    print(type(e), type(e).__name__)
re.compile('[')
