from urllib.parse import *
import urllib.parse
urls = ['http://user:pw@Example.COM:8080/p/a;x=1/t.html;params?q=1&r=2#frag',
        'https://[::1]:443/path', 'ftp://ftp.example.org/pub/file.txt', 'mailto:me@x.org',
        '//netloc/only', '/just/path?x', 'relative/path#f', 'file:///etc/passwd', 'x:y',
        '  http://spaced.com/a\tb\n', 'HTTP://UPPER/', 'path;p?q#f', 'svn+ssh://host/repo',
        'http://h/p?q#f#g', '1http://no', 'http://host:99999/', 'http://h:abc/', 'tel:+1-555;ext=2']
for u in urls:
    p = urlparse(u)
    s = urlsplit(u)
    print(p)
    print(s, s.geturl(), p.geturl(), urlunparse(p) == p.geturl())
    try:
        print(p.username, p.password, p.hostname, p.port)
    except ValueError as e:
        print('ValueError', e)
print(urlsplit('path#frag', allow_fragments=False), urlparse('www.x.com', scheme='http'))
try:
    urlsplit('http://[::1/')
except ValueError as e:
    print(e)
print(urlunsplit(('http', '', 'x', '', '')), urlunsplit(('', '', 'x', 'q', 'f')), urlunparse(('http', 'h', 'p', 'pa', 'q', 'f')))
base = 'http://a/b/c/d;p?q'
for rel in ['g:h', 'g', './g', 'g/', '/g', '//g', '?y', 'g?y', '#s', 'g#s', 'g?y#s', ';x', 'g;x', 'g;x?y#s', '', '.', './', '..', '../', '../g', '../..', '../../', '../../g', '../../../g', '../../../../g', '/./g', '/../g', 'g.', '.g', 'g..', '..g', './../g', './g/.', 'g/./h', 'g/../h', 'g;x=1/./y', 'g;x=1/../y', 'http:g', 'https://other/x']:
    print(repr(rel), urljoin(base, rel))
print(urljoin('', 'x'), urljoin('http://a/b', ''), urljoin('mailto:a@b', 'c'), urljoin('http://a/b/', 'c/../../d'))
print(urldefrag('http://a/b#frag'), urldefrag('http://a/b'), urldefrag('http://a/b#f').geturl())
for s in ['abc', 'a b&c=d/e', 'é ü', '~_.-', '', '/path/to file', 'a+b']:
    print(repr(quote(s)), repr(quote(s, safe='')), repr(quote_plus(s)), repr(quote_plus(s, safe='/')))
print(quote(b'\x00\xffab'), quote('é', encoding='latin-1'), quote_from_bytes(b'a b'), quote('a/b c', safe=b'/ '))
try:
    quote(b'x', encoding='utf-8')
except TypeError as e:
    print(e)
for s in ['abc', 'a%20b', '%C3%A9t%C3%A9', '%zz%4', '%', 'a+b', '%E9', '%C3x%A9', '100%', 'caf%C3%A9%21']:
    print(repr(unquote(s)), repr(unquote_plus(s)), repr(unquote(s, encoding='latin-1')), unquote_to_bytes(s))
print(urlencode({'a': 1, 'b': 'x y', 'c': ['1', '2']}), urlencode({'c': ['1', '2'], 'd': 5, 'e': b'by te'}, doseq=True))
print(urlencode([('k', 'v/w'), ('k', 'é')]), urlencode({'a': 'b c'}, quote_via=quote), urlencode({'p': 'a/b'}, safe='/'))
try:
    urlencode('abc')
except TypeError as e:
    print(e)
for q in ['a=1&b=2&a=3', 'a=&b', 'a=1;b=2', '&&x=1&', 'sp=a+b&pc=%2B%20', 'k=v=w', '']:
    print(parse_qs(q), parse_qsl(q), parse_qsl(q, keep_blank_values=True), parse_qs(q, separator=';'))
try:
    parse_qsl('a&b', strict_parsing=True)
except ValueError as e:
    print(e)
try:
    parse_qsl('a=1&b=2', max_num_fields=1)
except ValueError as e:
    print(e)
print(parse_qsl(b'a=1&b=%20'))
print(urlparse('http://x/y')._replace(scheme='https').geturl(), ParseResult._fields)
