from urllib.parse import *
r = urlparse(b'http://User:pw@Host.COM:81/p;a?q=1#f')
print(r, r.geturl(), r.hostname, r.username, r.password, r.port, r.decode())
s = urlsplit(b'//x/y?z')
print(s, s.geturl(), s.decode().encode())
print(urlparse('http://a/b').encode(), urlsplit('x').encode('ascii'))
print(urlunparse((b'http', b'h', b'/p', b'', b'q', b'')), urlunsplit((b'', b'', b'x', b'', b'f')))
print(urljoin(b'http://a/b/c', b'../d'), urldefrag(b'http://a#b'), urldefrag(b'http://a#b').geturl(), urldefrag('x#y').encode())
for bad in [lambda: urljoin('http://a', b'b'), lambda: urlparse(b'x', 'http'), lambda: urlunparse(('http', b'h', '', '', '', ''))]:
    try:
        print(bad())
    except TypeError as e:
        print('TypeError', e)
print(urlparse(b'x', b''), urlsplit('http://a/b')._replace(path='/c').geturl())
