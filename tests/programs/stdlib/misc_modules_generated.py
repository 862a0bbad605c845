import fnmatch, shlex, html, statistics
from fractions import Fraction
from urllib.parse import *
from fractions import Fraction as F
print('\\', fnmatch.translate('\\'), fnmatch.filter(['c!\\[', '\\b\\a[', '].', '[', '][^x', '.', 'c]^ax', ''], '\\'))
for posix in (True, False):
    for comments in (False, True):
        try:
            print(0, shlex.split('a\\', comments=comments, posix=posix))
        except ValueError as e:
            print("ValueError", e)
print(shlex.quote('a\\'), shlex.join(['a\\']))
print(repr(html.unescape('')), html.escape(''))
try:
    r = urlparse('f[::1]q=1&'); print(r, r.geturl(), urljoin("http://a/b/c/d;p?q", 'f[::1]q=1&'))
except ValueError as e:
    print("ValueError", e)
print(quote('f[::1]q=1&'), unquote('f[::1]q=1&'), parse_qsl('f[::1]q=1&', keep_blank_values=True))
d = [Fraction(5, 3), Fraction(-8, 3), Fraction(-1, 7), Fraction(1, 1), 14]
print(statistics.mean(d), statistics.median(d), statistics.variance(d), statistics.pvariance(d), statistics.stdev(d), statistics.quantiles(d, n=4), statistics.multimode(d))
a, b = F('5/3'), F('-1/7')
print(a + b, a - b, a * b, a / b if b else "z", a ** 2, hash(a), round(a, 1), a < b, F(a).limit_denominator(3))
print('.[a-c]*[a-c]', fnmatch.translate('.[a-c]*[a-c]'), fnmatch.filter([']\\', 'bx.x', '--bb', 'x[b', 'b^', 'a', '^^', ''], '.[a-c]*[a-c]'))
for posix in (True, False):
    for comments in (False, True):
        try:
            print(1, shlex.split('', comments=comments, posix=posix))
        except ValueError as e:
            print("ValueError", e)
print(shlex.quote(''), shlex.join([]))
print(repr(html.unescape('')), html.escape(''))
try:
    r = urlparse('%20.pa;/'); print(r, r.geturl(), urljoin("http://a/b/c/d;p?q", '%20.pa;/'))
except ValueError as e:
    print("ValueError", e)
print(quote('%20.pa;/'), unquote('%20.pa;/'), parse_qsl('%20.pa;/', keep_blank_values=True))
d = [-1, 18]
print(statistics.mean(d), statistics.median(d), statistics.variance(d), statistics.pvariance(d), statistics.stdev(d), statistics.quantiles(d, n=5), statistics.multimode(d))
a, b = F('18'), F('18')
print(a + b, a - b, a * b, a / b if b else "z", a ** 2, hash(a), round(a, 1), a < b, F(a).limit_denominator(3))
print('[a-c]', fnmatch.translate('[a-c]'), fnmatch.filter(['', '!!', '^', '[]^', '\\x]b\\', '-^x.', '^-', '-]!a'], '[a-c]'))
for posix in (True, False):
    for comments in (False, True):
        try:
            print(2, shlex.split('b ca#"ab c', comments=comments, posix=posix))
        except ValueError as e:
            print("ValueError", e)
print(shlex.quote('b ca#"ab c'), shlex.join(['b', 'ca#"ab', 'c']))
print(repr(html.unescape('  notin9999999&amp&')), html.escape('  notin9999999&amp&'))
try:
    r = urlparse('aHTTPS#..%20'); print(r, r.geturl(), urljoin("http://a/b/c/d;p?q", 'aHTTPS#..%20'))
except ValueError as e:
    print("ValueError", e)
print(quote('aHTTPS#..%20'), unquote('aHTTPS#..%20'), parse_qsl('aHTTPS#..%20', keep_blank_values=True))
d = [0, Fraction(2, 5), 4, Fraction(7, 4), Fraction(1, 3), Fraction(-1, 1)]
print(statistics.mean(d), statistics.median(d), statistics.variance(d), statistics.pvariance(d), statistics.stdev(d), statistics.quantiles(d, n=3), statistics.multimode(d))
a, b = F('7/4'), F('2/5')
print(a + b, a - b, a * b, a / b if b else "z", a ** 2, hash(a), round(a, 1), a < b, F(a).limit_denominator(3))
print('', fnmatch.translate(''), fnmatch.filter(['x.', '[-.b', '', '.!\\c', '!x', '', '!\\c^', ']-'], ''))
for posix in (True, False):
    for comments in (False, True):
        try:
            print(3, shlex.split('b c#\\##a#', comments=comments, posix=posix))
        except ValueError as e:
            print("ValueError", e)
print(shlex.quote('b c#\\##a#'), shlex.join(['b', 'c#\\##a#']))
print(repr(html.unescape('1234&')), html.escape('1234&'))
try:
    r = urlparse('[::1];&p/:#'); print(r, r.geturl(), urljoin("http://a/b/c/d;p?q", '[::1];&p/:#'))
except ValueError as e:
    print("ValueError", e)
print(quote('[::1];&p/:#'), unquote('[::1];&p/:#'), parse_qsl('[::1];&p/:#', keep_blank_values=True))
d = [Fraction(0, 1), -6, -5, 7, Fraction(-2, 1), Fraction(-1, 1), -17]
print(statistics.mean(d), statistics.median(d), statistics.variance(d), statistics.pvariance(d), statistics.stdev(d), statistics.quantiles(d, n=4), statistics.multimode(d))
a, b = F('-17'), F('-2')
print(a + b, a - b, a * b, a / b if b else "z", a ** 2, hash(a), round(a, 1), a < b, F(a).limit_denominator(3))
print('[!x][!x]a', fnmatch.translate('[!x][!x]a'), fnmatch.filter(['..', '', 'bc.-', 'a', 'x\\^', '', '.-', ']]^a'], '[!x][!x]a'))
for posix in (True, False):
    for comments in (False, True):
        try:
            print(4, shlex.split('b caa"a a', comments=comments, posix=posix))
        except ValueError as e:
            print("ValueError", e)
print(shlex.quote('b caa"a a'), shlex.join(['b', 'caa"a', 'a']))
print(repr(html.unescape('9999999')), html.escape('9999999'))
try:
    r = urlparse(''); print(r, r.geturl(), urljoin("http://a/b/c/d;p?q", ''))
except ValueError as e:
    print("ValueError", e)
print(quote(''), unquote(''), parse_qsl('', keep_blank_values=True))
d = [Fraction(7, 9), 0, Fraction(3, 7), Fraction(-1, 4), 7, 4, Fraction(5, 9)]
print(statistics.mean(d), statistics.median(d), statistics.variance(d), statistics.pvariance(d), statistics.stdev(d), statistics.quantiles(d, n=2), statistics.multimode(d))
a, b = F('7'), F('-1/4')
print(a + b, a - b, a * b, a / b if b else "z", a ** 2, hash(a), round(a, 1), a < b, F(a).limit_denominator(3))
print('', fnmatch.translate(''), fnmatch.filter(['x[', '!^^[a', '.', '-\\b^', '^', 'a', '!]', 'b['], ''))
for posix in (True, False):
    for comments in (False, True):
        try:
            print(5, shlex.split('x y', comments=comments, posix=posix))
        except ValueError as e:
            print("ValueError", e)
print(shlex.quote('x y'), shlex.join(['x', 'y']))
print(repr(html.unescape('#frac12Aacute#&9999999')), html.escape('#frac12Aacute#&9999999'))
try:
    r = urlparse('/q=1'); print(r, r.geturl(), urljoin("http://a/b/c/d;p?q", '/q=1'))
except ValueError as e:
    print("ValueError", e)
print(quote('/q=1'), unquote('/q=1'), parse_qsl('/q=1', keep_blank_values=True))
d = [Fraction(-7, 2), -9]
print(statistics.mean(d), statistics.median(d), statistics.variance(d), statistics.pvariance(d), statistics.stdev(d), statistics.quantiles(d, n=2), statistics.multimode(d))
a, b = F('-7/2'), F('-9')
print(a + b, a - b, a * b, a / b if b else "z", a ** 2, hash(a), round(a, 1), a < b, F(a).limit_denominator(3))
print('[a-c][\\[[!x]b', fnmatch.translate('[a-c][\\[[!x]b'), fnmatch.filter(['', ']].b', 'b]a]', '\\c', '', 'c', '.[\\^-', '\\^'], '[a-c][\\[[!x]b'))
for posix in (True, False):
    for comments in (False, True):
        try:
            print(6, shlex.split('x y# #x y', comments=comments, posix=posix))
        except ValueError as e:
            print("ValueError", e)
print(shlex.quote('x y# #x y'), shlex.join(['x', 'y#', '#x', 'y']))
print(repr(html.unescape('&#41&#')), html.escape('&#41&#'))
try:
    r = urlparse('%20;f@HTTPSq=1@hostuser'); print(r, r.geturl(), urljoin("http://a/b/c/d;p?q", '%20;f@HTTPSq=1@hostuser'))
except ValueError as e:
    print("ValueError", e)
print(quote('%20;f@HTTPSq=1@hostuser'), unquote('%20;f@HTTPSq=1@hostuser'), parse_qsl('%20;f@HTTPSq=1@hostuser', keep_blank_values=True))
d = [10, -12, 17, Fraction(0, 1), Fraction(0, 1)]
print(statistics.mean(d), statistics.median(d), statistics.variance(d), statistics.pvariance(d), statistics.stdev(d), statistics.quantiles(d, n=5), statistics.multimode(d))
a, b = F('0'), F('-12')
print(a + b, a - b, a * b, a / b if b else "z", a ** 2, hash(a), round(a, 1), a < b, F(a).limit_denominator(3))
print('\\', fnmatch.translate('\\'), fnmatch.filter(['.!', 'c^[', '\\.[\\x', 'a[b^', 'a[..x', 'xb.-.', '-', 'c'], '\\'))
for posix in (True, False):
    for comments in (False, True):
        try:
            print(7, shlex.split('', comments=comments, posix=posix))
        except ValueError as e:
            print("ValueError", e)
print(shlex.quote(''), shlex.join([]))
print(repr(html.unescape('41ampfrac1241')), html.escape('41ampfrac1241'))
try:
    r = urlparse('////user//a..'); print(r, r.geturl(), urljoin("http://a/b/c/d;p?q", '////user//a..'))
except ValueError as e:
    print("ValueError", e)
print(quote('////user//a..'), unquote('////user//a..'), parse_qsl('////user//a..', keep_blank_values=True))
d = [2, Fraction(1, 6)]
print(statistics.mean(d), statistics.median(d), statistics.variance(d), statistics.pvariance(d), statistics.stdev(d), statistics.quantiles(d, n=5), statistics.multimode(d))
a, b = F('1/6'), F('2')
print(a + b, a - b, a * b, a / b if b else "z", a ** 2, hash(a), round(a, 1), a < b, F(a).limit_denominator(3))
print('.', fnmatch.translate('.'), fnmatch.filter(['[^c]', 'b-', '', '^b[]-', '', '!x![', 'xx', 'x-b!x'], '.'))
for posix in (True, False):
    for comments in (False, True):
        try:
            print(8, shlex.split('x y \nx yb ca\\"', comments=comments, posix=posix))
        except ValueError as e:
            print("ValueError", e)
print(shlex.quote('x y \nx yb ca\\"'), shlex.join(['x', 'y', 'x', 'yb', 'ca\\"']))
print(repr(html.unescape('41 ')), html.escape('41 '))
try:
    r = urlparse('#useruserp@.HTTPSHTTPS[::1]&'); print(r, r.geturl(), urljoin("http://a/b/c/d;p?q", '#useruserp@.HTTPSHTTPS[::1]&'))
except ValueError as e:
    print("ValueError", e)
print(quote('#useruserp@.HTTPSHTTPS[::1]&'), unquote('#useruserp@.HTTPSHTTPS[::1]&'), parse_qsl('#useruserp@.HTTPSHTTPS[::1]&', keep_blank_values=True))
d = [Fraction(-1, 2), -1, Fraction(8, 9), Fraction(-6, 5), 4, 10]
print(statistics.mean(d), statistics.median(d), statistics.variance(d), statistics.pvariance(d), statistics.stdev(d), statistics.quantiles(d, n=6), statistics.multimode(d))
a, b = F('8/9'), F('8/9')
print(a + b, a - b, a * b, a / b if b else "z", a ** 2, hash(a), round(a, 1), a < b, F(a).limit_denominator(3))
print('-^[!x]', fnmatch.translate('-^[!x]'), fnmatch.filter(['', '[b', '-', 'bxb\\', 'bc.\\^', '^c\\\\c', '.]]', '\\'], '-^[!x]'))
for posix in (True, False):
    for comments in (False, True):
        try:
            print(9, shlex.split("'\\", comments=comments, posix=posix))
        except ValueError as e:
            print("ValueError", e)
print(shlex.quote("'\\"), shlex.join(["'\\"]))
print(repr(html.unescape('copy&&#x&#ZZ')), html.escape('copy&&#x&#ZZ'))
try:
    r = urlparse('p%20..HTTPSf'); print(r, r.geturl(), urljoin("http://a/b/c/d;p?q", 'p%20..HTTPSf'))
except ValueError as e:
    print("ValueError", e)
print(quote('p%20..HTTPSf'), unquote('p%20..HTTPSf'), parse_qsl('p%20..HTTPSf', keep_blank_values=True))
d = [-1, 20, Fraction(-4, 9), -8, -18, 16]
print(statistics.mean(d), statistics.median(d), statistics.variance(d), statistics.pvariance(d), statistics.stdev(d), statistics.quantiles(d, n=5), statistics.multimode(d))
a, b = F('-1'), F('-18')
print(a + b, a - b, a * b, a / b if b else "z", a ** 2, hash(a), round(a, 1), a < b, F(a).limit_denominator(3))
print('', fnmatch.translate(''), fnmatch.filter(['', '\\.', 'b[]a', '!!', 'cb', 'ab!.', '', '^'], ''))
for posix in (True, False):
    for comments in (False, True):
        try:
            print(10, shlex.split('\nb c ', comments=comments, posix=posix))
        except ValueError as e:
            print("ValueError", e)
print(shlex.quote('\nb c '), shlex.join(['b', 'c']))
print(repr(html.unescape('')), html.escape(''))
try:
    r = urlparse('//:80hostq=1ff'); print(r, r.geturl(), urljoin("http://a/b/c/d;p?q", '//:80hostq=1ff'))
except ValueError as e:
    print("ValueError", e)
print(quote('//:80hostq=1ff'), unquote('//:80hostq=1ff'), parse_qsl('//:80hostq=1ff', keep_blank_values=True))
d = [-16, Fraction(0, 1), 9, Fraction(-8, 5), Fraction(5, 9), 18, -7]
print(statistics.mean(d), statistics.median(d), statistics.variance(d), statistics.pvariance(d), statistics.stdev(d), statistics.quantiles(d, n=5), statistics.multimode(d))
a, b = F('5/9'), F('0')
print(a + b, a - b, a * b, a / b if b else "z", a ** 2, hash(a), round(a, 1), a < b, F(a).limit_denominator(3))
print('?', fnmatch.translate('?'), fnmatch.filter(['', '\\', ']cx', '', 'b', 'c[[c', '', ''], '?'))
for posix in (True, False):
    for comments in (False, True):
        try:
            print(11, shlex.split("\nb c#aa'", comments=comments, posix=posix))
        except ValueError as e:
            print("ValueError", e)
print(shlex.quote("\nb c#aa'"), shlex.join(['b', "c#aa'"]))
print(repr(html.unescape('ampZZ9999999&ltlt')), html.escape('ampZZ9999999&ltlt'))
try:
    r = urlparse('q=1'); print(r, r.geturl(), urljoin("http://a/b/c/d;p?q", 'q=1'))
except ValueError as e:
    print("ValueError", e)
print(quote('q=1'), unquote('q=1'), parse_qsl('q=1', keep_blank_values=True))
d = [-8, Fraction(-6, 1), Fraction(1, 1), -5, 1]
print(statistics.mean(d), statistics.median(d), statistics.variance(d), statistics.pvariance(d), statistics.stdev(d), statistics.quantiles(d, n=2), statistics.multimode(d))
a, b = F('-5'), F('-8')
print(a + b, a - b, a * b, a / b if b else "z", a ** 2, hash(a), round(a, 1), a < b, F(a).limit_denominator(3))
print('\\aba', fnmatch.translate('\\aba'), fnmatch.filter(['bac]a', 'a.x', '!.[!', '!xa', '-\\x', 'b-c', 'b]^', '!]x^'], '\\aba'))
for posix in (True, False):
    for comments in (False, True):
        try:
            print(12, shlex.split('#x y', comments=comments, posix=posix))
        except ValueError as e:
            print("ValueError", e)
print(shlex.quote('#x y'), shlex.join(['#x', 'y']))
print(repr(html.unescape('41 &#&#xlt')), html.escape('41 &#&#xlt'))
try:
    r = urlparse('f?ahost;[::1]q=1'); print(r, r.geturl(), urljoin("http://a/b/c/d;p?q", 'f?ahost;[::1]q=1'))
except ValueError as e:
    print("ValueError", e)
print(quote('f?ahost;[::1]q=1'), unquote('f?ahost;[::1]q=1'), parse_qsl('f?ahost;[::1]q=1', keep_blank_values=True))
d = [-18, Fraction(-7, 2), Fraction(-8, 1), 9, -16]
print(statistics.mean(d), statistics.median(d), statistics.variance(d), statistics.pvariance(d), statistics.stdev(d), statistics.quantiles(d, n=4), statistics.multimode(d))
a, b = F('-16'), F('-8')
print(a + b, a - b, a * b, a / b if b else "z", a ** 2, hash(a), round(a, 1), a < b, F(a).limit_denominator(3))
print('', fnmatch.translate(''), fnmatch.filter(['bx.', 'a', 'x', '\\', '', '', '-', '.'], ''))
for posix in (True, False):
    for comments in (False, True):
        try:
            print(13, shlex.split('x y#x yb cx y\'\n"', comments=comments, posix=posix))
        except ValueError as e:
            print("ValueError", e)
print(shlex.quote('x y#x yb cx y\'\n"'), shlex.join(['x', 'y#x', 'yb', 'cx', "y'", '"']))
print(repr(html.unescape('amp')), html.escape('amp'))
try:
    r = urlparse('[::1]'); print(r, r.geturl(), urljoin("http://a/b/c/d;p?q", '[::1]'))
except ValueError as e:
    print("ValueError", e)
print(quote('[::1]'), unquote('[::1]'), parse_qsl('[::1]', keep_blank_values=True))
d = [-14, -14]
print(statistics.mean(d), statistics.median(d), statistics.variance(d), statistics.pvariance(d), statistics.stdev(d), statistics.quantiles(d, n=6), statistics.multimode(d))
a, b = F('-14'), F('-14')
print(a + b, a - b, a * b, a / b if b else "z", a ** 2, hash(a), round(a, 1), a < b, F(a).limit_denominator(3))
print('.**[a-c]]!\\', fnmatch.translate('.**[a-c]]!\\'), fnmatch.filter(['[b-\\[', '.b]', '', '-xb', '!.', 'b]x', '!^xb\\', '..!a'], '.**[a-c]]!\\'))
for posix in (True, False):
    for comments in (False, True):
        try:
            print(14, shlex.split("'#\n \\", comments=comments, posix=posix))
        except ValueError as e:
            print("ValueError", e)
print(shlex.quote("'#\n \\"), shlex.join(["'#", '\\']))
print(repr(html.unescape('frac12411234')), html.escape('frac12411234'))
try:
    r = urlparse('[::1]#p'); print(r, r.geturl(), urljoin("http://a/b/c/d;p?q", '[::1]#p'))
except ValueError as e:
    print("ValueError", e)
print(quote('[::1]#p'), unquote('[::1]#p'), parse_qsl('[::1]#p', keep_blank_values=True))
d = [Fraction(-3, 7), Fraction(6, 1), -19, -11, 20]
print(statistics.mean(d), statistics.median(d), statistics.variance(d), statistics.pvariance(d), statistics.stdev(d), statistics.quantiles(d, n=3), statistics.multimode(d))
a, b = F('-19'), F('-11')
print(a + b, a - b, a * b, a / b if b else "z", a ** 2, hash(a), round(a, 1), a < b, F(a).limit_denominator(3))
print('a]-', fnmatch.translate('a]-'), fnmatch.filter(['.-cb[', '^[', '', 'c', '-^x', 'c^', '[[', '].!-'], 'a]-'))
for posix in (True, False):
    for comments in (False, True):
        try:
            print(15, shlex.split('a\nb cb c', comments=comments, posix=posix))
        except ValueError as e:
            print("ValueError", e)
print(shlex.quote('a\nb cb c'), shlex.join(['a', 'b', 'cb', 'c']))
print(repr(html.unescape('ltAMP&&')), html.escape('ltAMP&&'))
try:
    r = urlparse('HTTPS;'); print(r, r.geturl(), urljoin("http://a/b/c/d;p?q", 'HTTPS;'))
except ValueError as e:
    print("ValueError", e)
print(quote('HTTPS;'), unquote('HTTPS;'), parse_qsl('HTTPS;', keep_blank_values=True))
d = [14, Fraction(-3, 8), Fraction(8, 1)]
print(statistics.mean(d), statistics.median(d), statistics.variance(d), statistics.pvariance(d), statistics.stdev(d), statistics.quantiles(d, n=3), statistics.multimode(d))
a, b = F('14'), F('14')
print(a + b, a - b, a * b, a / b if b else "z", a ** 2, hash(a), round(a, 1), a < b, F(a).limit_denominator(3))
print('!]', fnmatch.translate('!]'), fnmatch.filter(['', ']b[-', '.x', '^-!', '', '', 'axx', '\\'], '!]'))
for posix in (True, False):
    for comments in (False, True):
        try:
            print(16, shlex.split('"#x y', comments=comments, posix=posix))
        except ValueError as e:
            print("ValueError", e)
print(shlex.quote('"#x y'), shlex.join(['"#x', 'y']))
print(repr(html.unescape('Aacutexnotin&41')), html.escape('Aacutexnotin&41'))
try:
    r = urlparse(''); print(r, r.geturl(), urljoin("http://a/b/c/d;p?q", ''))
except ValueError as e:
    print("ValueError", e)
print(quote(''), unquote(''), parse_qsl('', keep_blank_values=True))
d = [Fraction(-1, 1), Fraction(1, 1)]
print(statistics.mean(d), statistics.median(d), statistics.variance(d), statistics.pvariance(d), statistics.stdev(d), statistics.quantiles(d, n=6), statistics.multimode(d))
a, b = F('-1'), F('1')
print(a + b, a - b, a * b, a / b if b else "z", a ** 2, hash(a), round(a, 1), a < b, F(a).limit_denominator(3))
print('b', fnmatch.translate('b'), fnmatch.filter(['c]b^!', '[--', '-]c', '!c]a', '[.[', '\\-a!', '\\]b[', '-'], 'b'))
for posix in (True, False):
    for comments in (False, True):
        try:
            print(17, shlex.split(' # b c', comments=comments, posix=posix))
        except ValueError as e:
            print("ValueError", e)
print(shlex.quote(' # b c'), shlex.join(['#', 'b', 'c']))
print(repr(html.unescape('')), html.escape(''))
try:
    r = urlparse('fHTTPS#:80..?hostHTTPS'); print(r, r.geturl(), urljoin("http://a/b/c/d;p?q", 'fHTTPS#:80..?hostHTTPS'))
except ValueError as e:
    print("ValueError", e)
print(quote('fHTTPS#:80..?hostHTTPS'), unquote('fHTTPS#:80..?hostHTTPS'), parse_qsl('fHTTPS#:80..?hostHTTPS', keep_blank_values=True))
d = [Fraction(1, 1), Fraction(-4, 3), Fraction(1, 3), Fraction(-5, 7), 6]
print(statistics.mean(d), statistics.median(d), statistics.variance(d), statistics.pvariance(d), statistics.stdev(d), statistics.quantiles(d, n=3), statistics.multimode(d))
a, b = F('1'), F('6')
print(a + b, a - b, a * b, a / b if b else "z", a ** 2, hash(a), round(a, 1), a < b, F(a).limit_denominator(3))
print('', fnmatch.translate(''), fnmatch.filter(['xbxa-', 'b^-[[', '-]', 'ac.[', 'c', 'c', '[x^xa', '^'], ''))
for posix in (True, False):
    for comments in (False, True):
        try:
            print(18, shlex.split('', comments=comments, posix=posix))
        except ValueError as e:
            print("ValueError", e)
print(shlex.quote(''), shlex.join([]))
print(repr(html.unescape('41copy')), html.escape('41copy'))
try:
    r = urlparse('HTTPS@@'); print(r, r.geturl(), urljoin("http://a/b/c/d;p?q", 'HTTPS@@'))
except ValueError as e:
    print("ValueError", e)
print(quote('HTTPS@@'), unquote('HTTPS@@'), parse_qsl('HTTPS@@', keep_blank_values=True))
d = [13, Fraction(-6, 7)]
print(statistics.mean(d), statistics.median(d), statistics.variance(d), statistics.pvariance(d), statistics.stdev(d), statistics.quantiles(d, n=3), statistics.multimode(d))
a, b = F('13'), F('-6/7')
print(a + b, a - b, a * b, a / b if b else "z", a ** 2, hash(a), round(a, 1), a < b, F(a).limit_denominator(3))
print('', fnmatch.translate(''), fnmatch.filter(['b', '-', '^', '\\b', 'a', 'c[', 'b', ']['], ''))
for posix in (True, False):
    for comments in (False, True):
        try:
            print(19, shlex.split('b c', comments=comments, posix=posix))
        except ValueError as e:
            print("ValueError", e)
print(shlex.quote('b c'), shlex.join(['b', 'c']))
print(repr(html.unescape('& AMP&#x&#&#xAacute')), html.escape('& AMP&#x&#&#xAacute'))
try:
    r = urlparse('..#@p#q=1:80[::1]'); print(r, r.geturl(), urljoin("http://a/b/c/d;p?q", '..#@p#q=1:80[::1]'))
except ValueError as e:
    print("ValueError", e)
print(quote('..#@p#q=1:80[::1]'), unquote('..#@p#q=1:80[::1]'), parse_qsl('..#@p#q=1:80[::1]', keep_blank_values=True))
d = [Fraction(0, 1), -3, 18, -13]
print(statistics.mean(d), statistics.median(d), statistics.variance(d), statistics.pvariance(d), statistics.stdev(d), statistics.quantiles(d, n=2), statistics.multimode(d))
a, b = F('-13'), F('18')
print(a + b, a - b, a * b, a / b if b else "z", a ** 2, hash(a), round(a, 1), a < b, F(a).limit_denominator(3))
print('[a-c][!x][b', fnmatch.translate('[a-c][!x][b'), fnmatch.filter([']\\[', 'c\\', '.![]', '!x!\\', '\\!', '!---c', '', '].!x'], '[a-c][!x][b'))
for posix in (True, False):
    for comments in (False, True):
        try:
            print(20, shlex.split('\\#\\', comments=comments, posix=posix))
        except ValueError as e:
            print("ValueError", e)
print(shlex.quote('\\#\\'), shlex.join(['\\#\\']))
print(repr(html.unescape('x9999999frac12Aacute41AMPAMP')), html.escape('x9999999frac12Aacute41AMPAMP'))
try:
    r = urlparse('[::1]://&&p[::1]'); print(r, r.geturl(), urljoin("http://a/b/c/d;p?q", '[::1]://&&p[::1]'))
except ValueError as e:
    print("ValueError", e)
print(quote('[::1]://&&p[::1]'), unquote('[::1]://&&p[::1]'), parse_qsl('[::1]://&&p[::1]', keep_blank_values=True))
d = [Fraction(-2, 7), -7, -17, Fraction(1, 3)]
print(statistics.mean(d), statistics.median(d), statistics.variance(d), statistics.pvariance(d), statistics.stdev(d), statistics.quantiles(d, n=2), statistics.multimode(d))
a, b = F('-17'), F('-17')
print(a + b, a - b, a * b, a / b if b else "z", a ** 2, hash(a), round(a, 1), a < b, F(a).limit_denominator(3))
print(']!-]', fnmatch.translate(']!-]'), fnmatch.filter(['xb\\[c', '.a', 'b\\', '', 'b', '!', '-.a', ''], ']!-]'))
for posix in (True, False):
    for comments in (False, True):
        try:
            print(21, shlex.split("b cx y\nb c'\nb c ", comments=comments, posix=posix))
        except ValueError as e:
            print("ValueError", e)
print(shlex.quote("b cx y\nb c'\nb c "), shlex.join(['b', 'cx', 'y', 'b', "c'", 'b', 'c']))
print(repr(html.unescape('ZZlt9999999xcopycopyAacute1234')), html.escape('ZZlt9999999xcopycopyAacute1234'))
try:
    r = urlparse('host'); print(r, r.geturl(), urljoin("http://a/b/c/d;p?q", 'host'))
except ValueError as e:
    print("ValueError", e)
print(quote('host'), unquote('host'), parse_qsl('host', keep_blank_values=True))
d = [Fraction(4, 1), 4, Fraction(-1, 3), Fraction(1, 1), 7, -16]
print(statistics.mean(d), statistics.median(d), statistics.variance(d), statistics.pvariance(d), statistics.stdev(d), statistics.quantiles(d, n=2), statistics.multimode(d))
a, b = F('-1/3'), F('1')
print(a + b, a - b, a * b, a / b if b else "z", a ** 2, hash(a), round(a, 1), a < b, F(a).limit_denominator(3))
print('.b**', fnmatch.translate('.b**'), fnmatch.filter(['!x^\\.', '.x', 'bax', 'a]].', 'bc.[', '^-![', ']..\\-', '\\c'], '.b**'))
for posix in (True, False):
    for comments in (False, True):
        try:
            print(22, shlex.split("b cx yb cb cx y'\na", comments=comments, posix=posix))
        except ValueError as e:
            print("ValueError", e)
print(shlex.quote("b cx yb cb cx y'\na"), shlex.join(['b', 'cx', 'yb', 'cb', 'cx', "y'", 'a']))
print(repr(html.unescape('copy12349999999123441#')), html.escape('copy12349999999123441#'))
try:
    r = urlparse('user;q=1:80.host:'); print(r, r.geturl(), urljoin("http://a/b/c/d;p?q", 'user;q=1:80.host:'))
except ValueError as e:
    print("ValueError", e)
print(quote('user;q=1:80.host:'), unquote('user;q=1:80.host:'), parse_qsl('user;q=1:80.host:', keep_blank_values=True))
d = [11, Fraction(1, 2), Fraction(-4, 5), Fraction(-1, 1)]
print(statistics.mean(d), statistics.median(d), statistics.variance(d), statistics.pvariance(d), statistics.stdev(d), statistics.quantiles(d, n=2), statistics.multimode(d))
a, b = F('1/2'), F('1/2')
print(a + b, a - b, a * b, a / b if b else "z", a ** 2, hash(a), round(a, 1), a < b, F(a).limit_denominator(3))
print('-*', fnmatch.translate('-*'), fnmatch.filter(['c.[.', 'x', '\\.', 'x', '^\\]^', 'cx-[', 'ab', '[[a\\'], '-*'))
for posix in (True, False):
    for comments in (False, True):
        try:
            print(23, shlex.split('\\x y', comments=comments, posix=posix))
        except ValueError as e:
            print("ValueError", e)
print(shlex.quote('\\x y'), shlex.join(['\\x', 'y']))
print(repr(html.unescape('9999999ltZZAMP9999999 ')), html.escape('9999999ltZZAMP9999999 '))
try:
    r = urlparse('[::1]fhostuser&.'); print(r, r.geturl(), urljoin("http://a/b/c/d;p?q", '[::1]fhostuser&.'))
except ValueError as e:
    print("ValueError", e)
print(quote('[::1]fhostuser&.'), unquote('[::1]fhostuser&.'), parse_qsl('[::1]fhostuser&.', keep_blank_values=True))
d = [-11, Fraction(7, 3), Fraction(8, 3), Fraction(6, 1), Fraction(-3, 2), Fraction(0, 1), Fraction(0, 1)]
print(statistics.mean(d), statistics.median(d), statistics.variance(d), statistics.pvariance(d), statistics.stdev(d), statistics.quantiles(d, n=6), statistics.multimode(d))
a, b = F('0'), F('0')
print(a + b, a - b, a * b, a / b if b else "z", a ** 2, hash(a), round(a, 1), a < b, F(a).limit_denominator(3))
print('!-', fnmatch.translate('!-'), fnmatch.filter(['\\c', '-', '.\\^b!', 'c![c', '^[.^', '\\!ba', '[.c]', 'cbb]]'], '!-'))
for posix in (True, False):
    for comments in (False, True):
        try:
            print(24, shlex.split('#', comments=comments, posix=posix))
        except ValueError as e:
            print("ValueError", e)
print(shlex.quote('#'), shlex.join(['#']))
print(repr(html.unescape('AMPfrac12ZZnotin;9999999notinfrac12')), html.escape('AMPfrac12ZZnotin;9999999notinfrac12'))
try:
    r = urlparse('auser:80'); print(r, r.geturl(), urljoin("http://a/b/c/d;p?q", 'auser:80'))
except ValueError as e:
    print("ValueError", e)
print(quote('auser:80'), unquote('auser:80'), parse_qsl('auser:80', keep_blank_values=True))
d = [10, Fraction(2, 3)]
print(statistics.mean(d), statistics.median(d), statistics.variance(d), statistics.pvariance(d), statistics.stdev(d), statistics.quantiles(d, n=6), statistics.multimode(d))
a, b = F('10'), F('10')
print(a + b, a - b, a * b, a / b if b else "z", a ** 2, hash(a), round(a, 1), a < b, F(a).limit_denominator(3))
print('[', fnmatch.translate('['), fnmatch.filter(['!b', '', 'cb.[!', '', 'cc', '', '[-]c!', '^]\\'], '['))
for posix in (True, False):
    for comments in (False, True):
        try:
            print(25, shlex.split('#\\\\x y\\#', comments=comments, posix=posix))
        except ValueError as e:
            print("ValueError", e)
print(shlex.quote('#\\\\x y\\#'), shlex.join(['#\\\\x', 'y\\#']))
print(repr(html.unescape('ampamp')), html.escape('ampamp'))
try:
    r = urlparse('&HTTPS'); print(r, r.geturl(), urljoin("http://a/b/c/d;p?q", '&HTTPS'))
except ValueError as e:
    print("ValueError", e)
print(quote('&HTTPS'), unquote('&HTTPS'), parse_qsl('&HTTPS', keep_blank_values=True))
d = [-7, Fraction(-1, 1)]
print(statistics.mean(d), statistics.median(d), statistics.variance(d), statistics.pvariance(d), statistics.stdev(d), statistics.quantiles(d, n=3), statistics.multimode(d))
a, b = F('-7'), F('-7')
print(a + b, a - b, a * b, a / b if b else "z", a ** 2, hash(a), round(a, 1), a < b, F(a).limit_denominator(3))
print('[a-c]', fnmatch.translate('[a-c]'), fnmatch.filter(['', '^-c', '', '!x\\c', 'cb', 'bxcb', '', 'bx]^['], '[a-c]'))
for posix in (True, False):
    for comments in (False, True):
        try:
            print(26, shlex.split('\n\\"a \\#"', comments=comments, posix=posix))
        except ValueError as e:
            print("ValueError", e)
print(shlex.quote('\n\\"a \\#"'), shlex.join(['\\"a', '\\#"']))
print(repr(html.unescape('')), html.escape(''))
try:
    r = urlparse(''); print(r, r.geturl(), urljoin("http://a/b/c/d;p?q", ''))
except ValueError as e:
    print("ValueError", e)
print(quote(''), unquote(''), parse_qsl('', keep_blank_values=True))
d = [13, -18, 14, 8]
print(statistics.mean(d), statistics.median(d), statistics.variance(d), statistics.pvariance(d), statistics.stdev(d), statistics.quantiles(d, n=4), statistics.multimode(d))
a, b = F('-18'), F('-18')
print(a + b, a - b, a * b, a / b if b else "z", a ** 2, hash(a), round(a, 1), a < b, F(a).limit_denominator(3))
print('!', fnmatch.translate('!'), fnmatch.filter(['b^!', 'b]x\\', '-', '', '', 'a\\!', '.', '\\]-'], '!'))
for posix in (True, False):
    for comments in (False, True):
        try:
            print(27, shlex.split('\'x y#\\ "', comments=comments, posix=posix))
        except ValueError as e:
            print("ValueError", e)
print(shlex.quote('\'x y#\\ "'), shlex.join(["'x", 'y#\\', '"']))
print(repr(html.unescape('AMPAMP#copyx&#xAMP')), html.escape('AMPAMP#copyx&#xAMP'))
try:
    r = urlparse('..;'); print(r, r.geturl(), urljoin("http://a/b/c/d;p?q", '..;'))
except ValueError as e:
    print("ValueError", e)
print(quote('..;'), unquote('..;'), parse_qsl('..;', keep_blank_values=True))
d = [Fraction(2, 9), -13, 10]
print(statistics.mean(d), statistics.median(d), statistics.variance(d), statistics.pvariance(d), statistics.stdev(d), statistics.quantiles(d, n=2), statistics.multimode(d))
a, b = F('2/9'), F('-13')
print(a + b, a - b, a * b, a / b if b else "z", a ** 2, hash(a), round(a, 1), a < b, F(a).limit_denominator(3))
print('aa[a-c]^', fnmatch.translate('aa[a-c]^'), fnmatch.filter(['aa!', '--[[-', 'c-', '\\b^xa', '', '..bc^', ']cxc', ''], 'aa[a-c]^'))
for posix in (True, False):
    for comments in (False, True):
        try:
            print(28, shlex.split('x yx ya\n', comments=comments, posix=posix))
        except ValueError as e:
            print("ValueError", e)
print(shlex.quote('x yx ya\n'), shlex.join(['x', 'yx', 'ya']))
print(repr(html.unescape(' ')), html.escape(' '))
try:
    r = urlparse('f//&.pq=1&#.[::1]'); print(r, r.geturl(), urljoin("http://a/b/c/d;p?q", 'f//&.pq=1&#.[::1]'))
except ValueError as e:
    print("ValueError", e)
print(quote('f//&.pq=1&#.[::1]'), unquote('f//&.pq=1&#.[::1]'), parse_qsl('f//&.pq=1&#.[::1]', keep_blank_values=True))
d = [Fraction(0, 1), Fraction(-1, 4)]
print(statistics.mean(d), statistics.median(d), statistics.variance(d), statistics.pvariance(d), statistics.stdev(d), statistics.quantiles(d, n=2), statistics.multimode(d))
a, b = F('-1/4'), F('-1/4')
print(a + b, a - b, a * b, a / b if b else "z", a ** 2, hash(a), round(a, 1), a < b, F(a).limit_denominator(3))
print('-[!x]?', fnmatch.translate('-[!x]?'), fnmatch.filter(['!\\ax.', 'a\\^.', 'c!b', 'c][-^', '\\\\!', '^a!', '^!^-]', 'c'], '-[!x]?'))
for posix in (True, False):
    for comments in (False, True):
        try:
            print(29, shlex.split("'a#", comments=comments, posix=posix))
        except ValueError as e:
            print("ValueError", e)
print(shlex.quote("'a#"), shlex.join(["'a#"]))
print(repr(html.unescape('ZZ')), html.escape('ZZ'))
try:
    r = urlparse('fq=1;;p&[::1]'); print(r, r.geturl(), urljoin("http://a/b/c/d;p?q", 'fq=1;;p&[::1]'))
except ValueError as e:
    print("ValueError", e)
print(quote('fq=1;;p&[::1]'), unquote('fq=1;;p&[::1]'), parse_qsl('fq=1;;p&[::1]', keep_blank_values=True))
d = [10, -19, 5]
print(statistics.mean(d), statistics.median(d), statistics.variance(d), statistics.pvariance(d), statistics.stdev(d), statistics.quantiles(d, n=2), statistics.multimode(d))
a, b = F('5'), F('10')
print(a + b, a - b, a * b, a / b if b else "z", a ** 2, hash(a), round(a, 1), a < b, F(a).limit_denominator(3))
print('^**', fnmatch.translate('^**'), fnmatch.filter(['^', 'cc.', 'x^[!x', ']a-', 'a\\!!', '^.b-', 'b', '^'], '^**'))
for posix in (True, False):
    for comments in (False, True):
        try:
            print(30, shlex.split("'b c'", comments=comments, posix=posix))
        except ValueError as e:
            print("ValueError", e)
print(shlex.quote("'b c'"), shlex.join(["'b", "c'"]))
print(repr(html.unescape('frac12')), html.escape('frac12'))
try:
    r = urlparse('..:80p:80pq=1http;'); print(r, r.geturl(), urljoin("http://a/b/c/d;p?q", '..:80p:80pq=1http;'))
except ValueError as e:
    print("ValueError", e)
print(quote('..:80p:80pq=1http;'), unquote('..:80p:80pq=1http;'), parse_qsl('..:80p:80pq=1http;', keep_blank_values=True))
d = [Fraction(-2, 3), Fraction(-7, 5), Fraction(0, 1), -7, 9, Fraction(3, 5), 13]
print(statistics.mean(d), statistics.median(d), statistics.variance(d), statistics.pvariance(d), statistics.stdev(d), statistics.quantiles(d, n=4), statistics.multimode(d))
a, b = F('0'), F('3/5')
print(a + b, a - b, a * b, a / b if b else "z", a ** 2, hash(a), round(a, 1), a < b, F(a).limit_denominator(3))
print('', fnmatch.translate(''), fnmatch.filter(['', '^!x', '.-b\\', 'bac!', '\\c', '!', '', ''], ''))
for posix in (True, False):
    for comments in (False, True):
        try:
            print(31, shlex.split('x y #b cx y', comments=comments, posix=posix))
        except ValueError as e:
            print("ValueError", e)
print(shlex.quote('x y #b cx y'), shlex.join(['x', 'y', '#b', 'cx', 'y']))
print(repr(html.unescape('&9999999&#x&#x')), html.escape('&9999999&#x&#x'))
try:
    r = urlparse('fhttp'); print(r, r.geturl(), urljoin("http://a/b/c/d;p?q", 'fhttp'))
except ValueError as e:
    print("ValueError", e)
print(quote('fhttp'), unquote('fhttp'), parse_qsl('fhttp', keep_blank_values=True))
d = [Fraction(1, 4), Fraction(7, 4)]
print(statistics.mean(d), statistics.median(d), statistics.variance(d), statistics.pvariance(d), statistics.stdev(d), statistics.quantiles(d, n=5), statistics.multimode(d))
a, b = F('7/4'), F('7/4')
print(a + b, a - b, a * b, a / b if b else "z", a ** 2, hash(a), round(a, 1), a < b, F(a).limit_denominator(3))
print('][a-c]a^]', fnmatch.translate('][a-c]a^]'), fnmatch.filter(['\\[]', 'a[b', '-c.]b', 'cc-!b', ']a', '!', '', 'a^cb'], '][a-c]a^]'))
for posix in (True, False):
    for comments in (False, True):
        try:
            print(32, shlex.split('\nb c\na\n#x y ', comments=comments, posix=posix))
        except ValueError as e:
            print("ValueError", e)
print(shlex.quote('\nb c\na\n#x y '), shlex.join(['b', 'c', 'a', '#x', 'y']))
print(repr(html.unescape(';')), html.escape(';'))
try:
    r = urlparse('//:80usera//.http:80:#'); print(r, r.geturl(), urljoin("http://a/b/c/d;p?q", '//:80usera//.http:80:#'))
except ValueError as e:
    print("ValueError", e)
print(quote('//:80usera//.http:80:#'), unquote('//:80usera//.http:80:#'), parse_qsl('//:80usera//.http:80:#', keep_blank_values=True))
d = [Fraction(7, 4), 8]
print(statistics.mean(d), statistics.median(d), statistics.variance(d), statistics.pvariance(d), statistics.stdev(d), statistics.quantiles(d, n=3), statistics.multimode(d))
a, b = F('7/4'), F('7/4')
print(a + b, a - b, a * b, a / b if b else "z", a ** 2, hash(a), round(a, 1), a < b, F(a).limit_denominator(3))
print('\\!*[a-c]**]', fnmatch.translate('\\!*[a-c]**]'), fnmatch.filter([']]^', '[c\\-x', 'b.', ']', '[^', ']', ']!-!!', '-'], '\\!*[a-c]**]'))
for posix in (True, False):
    for comments in (False, True):
        try:
            print(33, shlex.split(' "#\\\n', comments=comments, posix=posix))
        except ValueError as e:
            print("ValueError", e)
print(shlex.quote(' "#\\\n'), shlex.join(['"#\\']))
print(repr(html.unescape('AMP&#1234# &')), html.escape('AMP&#1234# &'))
try:
    r = urlparse('?#:HTTPSHTTPS#;[::1]a'); print(r, r.geturl(), urljoin("http://a/b/c/d;p?q", '?#:HTTPSHTTPS#;[::1]a'))
except ValueError as e:
    print("ValueError", e)
print(quote('?#:HTTPSHTTPS#;[::1]a'), unquote('?#:HTTPSHTTPS#;[::1]a'), parse_qsl('?#:HTTPSHTTPS#;[::1]a', keep_blank_values=True))
d = [Fraction(8, 9), -8, 11, Fraction(-1, 3), -20, Fraction(9, 2)]
print(statistics.mean(d), statistics.median(d), statistics.variance(d), statistics.pvariance(d), statistics.stdev(d), statistics.quantiles(d, n=4), statistics.multimode(d))
a, b = F('9/2'), F('-8')
print(a + b, a - b, a * b, a / b if b else "z", a ** 2, hash(a), round(a, 1), a < b, F(a).limit_denominator(3))
print('^.ba]-', fnmatch.translate('^.ba]-'), fnmatch.filter(['[\\', '', '!-cx[', '\\[-]', '!.b', ']', '', ']b'], '^.ba]-'))
for posix in (True, False):
    for comments in (False, True):
        try:
            print(34, shlex.split('a"a\n"', comments=comments, posix=posix))
        except ValueError as e:
            print("ValueError", e)
print(shlex.quote('a"a\n"'), shlex.join(['a"a', '"']))
print(repr(html.unescape('#41 lt9999999')), html.escape('#41 lt9999999'))
try:
    r = urlparse('HTTPSp:httpp/.@'); print(r, r.geturl(), urljoin("http://a/b/c/d;p?q", 'HTTPSp:httpp/.@'))
except ValueError as e:
    print("ValueError", e)
print(quote('HTTPSp:httpp/.@'), unquote('HTTPSp:httpp/.@'), parse_qsl('HTTPSp:httpp/.@', keep_blank_values=True))
d = [Fraction(2, 1), 2, 9, 9, Fraction(4, 5), -13]
print(statistics.mean(d), statistics.median(d), statistics.variance(d), statistics.pvariance(d), statistics.stdev(d), statistics.quantiles(d, n=5), statistics.multimode(d))
a, b = F('-13'), F('2')
print(a + b, a - b, a * b, a / b if b else "z", a ** 2, hash(a), round(a, 1), a < b, F(a).limit_denominator(3))
print('[a-c]![!x]', fnmatch.translate('[a-c]![!x]'), fnmatch.filter(['x', '', 'a-!', '^', '!^a.\\', '].', '^!!-\\', '.'], '[a-c]![!x]'))
for posix in (True, False):
    for comments in (False, True):
        try:
            print(35, shlex.split('a\'"\n\\', comments=comments, posix=posix))
        except ValueError as e:
            print("ValueError", e)
print(shlex.quote('a\'"\n\\'), shlex.join(['a\'"', '\\']))
print(repr(html.unescape('x9999999AMP')), html.escape('x9999999AMP'))
try:
    r = urlparse('#hostq=1aq=1%20q=1//:80'); print(r, r.geturl(), urljoin("http://a/b/c/d;p?q", '#hostq=1aq=1%20q=1//:80'))
except ValueError as e:
    print("ValueError", e)
print(quote('#hostq=1aq=1%20q=1//:80'), unquote('#hostq=1aq=1%20q=1//:80'), parse_qsl('#hostq=1aq=1%20q=1//:80', keep_blank_values=True))
d = [Fraction(-1, 2), Fraction(0, 1), -11, -2, -8]
print(statistics.mean(d), statistics.median(d), statistics.variance(d), statistics.pvariance(d), statistics.stdev(d), statistics.quantiles(d, n=6), statistics.multimode(d))
a, b = F('0'), F('-11')
print(a + b, a - b, a * b, a / b if b else "z", a ** 2, hash(a), round(a, 1), a < b, F(a).limit_denominator(3))
print('\\[-?.[!x]', fnmatch.translate('\\[-?.[!x]'), fnmatch.filter(['', 'b]\\ax', '^a\\]', '--\\!', ']', '-', '[', '^-].c'], '\\[-?.[!x]'))
for posix in (True, False):
    for comments in (False, True):
        try:
            print(36, shlex.split(" 'b ca\nax y", comments=comments, posix=posix))
        except ValueError as e:
            print("ValueError", e)
print(shlex.quote(" 'b ca\nax y"), shlex.join(["'b", 'ca', 'ax', 'y']))
print(repr(html.unescape('&##ZZfrac12&#copy')), html.escape('&##ZZfrac12&#copy'))
try:
    r = urlparse('HTTPS%20q=1//#'); print(r, r.geturl(), urljoin("http://a/b/c/d;p?q", 'HTTPS%20q=1//#'))
except ValueError as e:
    print("ValueError", e)
print(quote('HTTPS%20q=1//#'), unquote('HTTPS%20q=1//#'), parse_qsl('HTTPS%20q=1//#', keep_blank_values=True))
d = [-16, -4, Fraction(4, 3)]
print(statistics.mean(d), statistics.median(d), statistics.variance(d), statistics.pvariance(d), statistics.stdev(d), statistics.quantiles(d, n=3), statistics.multimode(d))
a, b = F('4/3'), F('4/3')
print(a + b, a - b, a * b, a / b if b else "z", a ** 2, hash(a), round(a, 1), a < b, F(a).limit_denominator(3))
print(']**!ab', fnmatch.translate(']**!ab'), fnmatch.filter(['ac.\\', 'x', '', '!', ']', '', '^', '[ab!'], ']**!ab'))
for posix in (True, False):
    for comments in (False, True):
        try:
            print(37, shlex.split("##'", comments=comments, posix=posix))
        except ValueError as e:
            print("ValueError", e)
print(shlex.quote("##'"), shlex.join(["##'"]))
print(repr(html.unescape('amp')), html.escape('amp'))
try:
    r = urlparse('//'); print(r, r.geturl(), urljoin("http://a/b/c/d;p?q", '//'))
except ValueError as e:
    print("ValueError", e)
print(quote('//'), unquote('//'), parse_qsl('//', keep_blank_values=True))
d = [Fraction(-1, 1), -9, 11, Fraction(-1, 4), Fraction(-2, 1), 2]
print(statistics.mean(d), statistics.median(d), statistics.variance(d), statistics.pvariance(d), statistics.stdev(d), statistics.quantiles(d, n=6), statistics.multimode(d))
a, b = F('-1'), F('-1/4')
print(a + b, a - b, a * b, a / b if b else "z", a ** 2, hash(a), round(a, 1), a < b, F(a).limit_denominator(3))
print('', fnmatch.translate(''), fnmatch.filter(['b', 'c', '!.]^', '', 'b[', ']', '.b^', 'x\\c.'], ''))
for posix in (True, False):
    for comments in (False, True):
        try:
            print(38, shlex.split('\\ "\n#a# ', comments=comments, posix=posix))
        except ValueError as e:
            print("ValueError", e)
print(shlex.quote('\\ "\n#a# '), shlex.join(['\\', '"', '#a#']))
print(repr(html.unescape('Aacute&#41')), html.escape('Aacute&#41'))
try:
    r = urlparse('//'); print(r, r.geturl(), urljoin("http://a/b/c/d;p?q", '//'))
except ValueError as e:
    print("ValueError", e)
print(quote('//'), unquote('//'), parse_qsl('//', keep_blank_values=True))
d = [Fraction(-1, 1), Fraction(1, 8), Fraction(-7, 2), 17, 2]
print(statistics.mean(d), statistics.median(d), statistics.variance(d), statistics.pvariance(d), statistics.stdev(d), statistics.quantiles(d, n=3), statistics.multimode(d))
a, b = F('-7/2'), F('-1')
print(a + b, a - b, a * b, a / b if b else "z", a ** 2, hash(a), round(a, 1), a < b, F(a).limit_denominator(3))
print('', fnmatch.translate(''), fnmatch.filter(['x\\', 'xa^', '^a-!c', '!.xb', '\\-', 'x^c^', 'b\\', '['], ''))
for posix in (True, False):
    for comments in (False, True):
        try:
            print(39, shlex.split(" #\\ x yx yb c'", comments=comments, posix=posix))
        except ValueError as e:
            print("ValueError", e)
print(shlex.quote(" #\\ x yx yb c'"), shlex.join(['#\\', 'x', 'yx', 'yb', "c'"]))
print(repr(html.unescape('ltAMPZZ')), html.escape('ltAMPZZ'))
try:
    r = urlparse('HTTPS..@@HTTPS%20http'); print(r, r.geturl(), urljoin("http://a/b/c/d;p?q", 'HTTPS..@@HTTPS%20http'))
except ValueError as e:
    print("ValueError", e)
print(quote('HTTPS..@@HTTPS%20http'), unquote('HTTPS..@@HTTPS%20http'), parse_qsl('HTTPS..@@HTTPS%20http', keep_blank_values=True))
d = [Fraction(7, 8), Fraction(9, 7), Fraction(8, 5)]
print(statistics.mean(d), statistics.median(d), statistics.variance(d), statistics.pvariance(d), statistics.stdev(d), statistics.quantiles(d, n=6), statistics.multimode(d))
a, b = F('9/7'), F('9/7')
print(a + b, a - b, a * b, a / b if b else "z", a ** 2, hash(a), round(a, 1), a < b, F(a).limit_denominator(3))
