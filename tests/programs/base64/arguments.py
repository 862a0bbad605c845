# base64 functions called with keywords, wrong arguments and odd alternatives.
import base64
def show(f, *a, **k):
    try:
        print(f.__name__, repr(f(*a, **k)))
    except Exception as e:
        print(f.__name__, type(e).__name__, e)
show(base64.b64encode)
show(base64.b64encode, b"a", None, 3)
show(base64.b64encode, b"a", foo=1)
show(base64.b64encode, b"a", s=b"b")
show(base64.b64encode, s=b"abc", altchars=b"-_")
show(base64.b64decode, s="YWJj", validate=True)
show(base64.b64decode, "YWJj", None, "x")
show(base64.b64decode, "YWJj", validate=0.0)
show(base64.b64decode, "YWJj", validate=[])
show(base64.b64decode, b"--==", altchars=b"--")
show(base64.b64decode, b"++==", altchars=b"+-")
show(base64.b64encode, b"\xfb\xff", altchars=b"//")
show(base64.b64encode, b"\xfb\xff", altchars=b"/+")
show(base64.urlsafe_b64encode)
show(base64.urlsafe_b64decode, s="-_8=")
show(base64.b16decode, "ab", casefold=1)
show(base64.b16decode, "ab", 1, 2)
show(base64.b16decode)
show(base64.b64decode, "YWJj", altchars=None)
show(base64.b64encode, b"ab", altchars=None)
print(base64.b64encode(b"x"*3, None), base64.b64decode(b"eHh4", None, False))
