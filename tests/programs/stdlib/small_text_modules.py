import fnmatch, shlex, html, keyword, errno
pats = ['*.py','a*b*c','*','**','a?[!x]*', '[a-z]*.txt', '[]]', '[!]', '[z-a]', '[a-c-e]', 'x[', 'a+b (c)', '[\\]', '[&~|]', '*a*', '[^a]', '[[]', 'a**b', '[!]a]', '[!z-a]', '[-a]', '[a-]']
names = ['x.py', 'abc', 'aXbYc', 'ab', '', 'a.py.txt', 'b.txt', ']', '[!]', '-', 'a', 'd', 'x[', 'a+b (c)', '\\', '&', 'aaa', '^', '[', 'ab\nc', 'A.PY', 'e', 'c']
for p in pats:
    print(repr(p), fnmatch.translate(p), [n for n in names if fnmatch.fnmatch(n, p)])
print(fnmatch.filter(names, '*a*'), fnmatch.fnmatchcase('A.py', '*.py'), fnmatch.fnmatch('A.PY', '*.py'))
for s in ['a b  c', "a 'b c' d", 'a "b \\" c" d', 'a\\ b c', "it's", 'a "x\\y" z', 'x # comment', '', '  ', 'a"b"c\'d\'e', 'a\\\\b', '"a\\\\b"', "'\\n'"]:
    try:
        print(repr(s), shlex.split(s), shlex.split(s, comments=True))
    except ValueError as e:
        print(repr(s), 'ValueError', e)
for s in ['"open', "'open", 'x\\']:
    try:
        shlex.split(s)
    except ValueError as e:
        print(repr(s), e)
for s in ['', 'abc', 'a b', "it's", 'a$b', 'x@y.z:1,2/3-4+5=6%', 'ü', '*']:
    print(shlex.quote(s))
print(shlex.join(['ls', '-l', 'my file', "it's"]))
print(html.escape('<a href="x">Tom & \'Jerry\'</a>'), html.escape('<"\'>', quote=False))
for s in ['&amp; &lt;&gt; &quot;&#39;&#x27;', '&copy 2024 &copycat &notit; &notin;', '&#0; &#13; &#128; &#x80; &#xD800; &#1114112; &#1; &#x41;&#66', '&unknown; & alone &# &#x; &;', '&ampamp; &AMP; &Aacute &aacute;', '&frac12;&frac34x', 'no refs', '&#9999999999;', '&lt']:
    print(repr(html.unescape(s)))
print(len(keyword.kwlist), keyword.kwlist[:5], keyword.softkwlist, keyword.iskeyword('if'), keyword.iskeyword('match'), keyword.issoftkeyword('match'))
print(errno.ENOENT, errno.errorcode[2], errno.EAGAIN == errno.EWOULDBLOCK, errno.errorcode[errno.EAGAIN], errno.EEXIST)
from html.entities import name2codepoint, codepoint2name, entitydefs, html5
print(name2codepoint['eacute'], codepoint2name[233], entitydefs['amp'], html5['gt;'], len(html5), len(name2codepoint))
try:
    open('/nonexistent/file')
except OSError as e:
    print(e.errno == errno.ENOENT)
import shlex
for s in ['a b  c', "a 'b c' d", 'a"b c"d e', "x'y'z", 'a\\ b', '"x" y']:
    try:
        print(repr(s), shlex.split(s, posix=False))
    except ValueError as e:
        print(repr(s), 'ValueError', e)
