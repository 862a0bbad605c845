# binascii's quoted-printable encoding and decoding.
import binascii
def show(f, *a, **k):
    try:
        print(f.__name__, repr(f(*a, **k)))
    except Exception as e:
        print(f.__name__, type(e).__name__, e)
cases = [b"", b"hello", b"a=b", b"caf\xe9", b"tab\there", b"end ", b"end\t", b"line \nnext", b"line\t\r\nnext",
         b"a_b c", b".", b".\n", b"..\n", b"a\n.\nb", b"\x00\x01\x7f", b"x"*80, b"x"*75, b"x"*76, b"x"*77,
         b"=" * 30, b"a\rb", b"a\r\nb\nc", b"a\nb\r\nc", b"x"*73 + b"=", b"x"*74 + b"=y", b" "*80, b"x"*75 + b"\n",
         b"x"*76 + b"\n" + b"y"*10, b"x"*74 + b"\xff\xff", b"a \r\n", b"a.\n.", b"\n.", b".\r\n", b"trailing \t"]
for c in cases:
    show(binascii.b2a_qp, c)
    show(binascii.b2a_qp, c, quotetabs=True)
    show(binascii.b2a_qp, c, istext=False)
    show(binascii.b2a_qp, c, header=True)
show(binascii.b2a_qp, "abc")
show(binascii.b2a_qp, data=b"abc")
show(binascii.b2a_qp, b"abc", 1, 0, 1)
show(binascii.b2a_qp, b"abc", 1, 0, 1, 5)
show(binascii.b2a_qp, b"abc", foo=1)
for s in [b"", b"abc", b"a=3Db", b"a=3db", b"a=\nb", b"a=\r\nb", b"a=", b"a=3", b"a=G1", b"a=3G", b"a_b", b"a==41", b"a= \nb", b"a=  \r\nb", b"a=\tx", "a=41", b"a=\rb", b"=\n", b"x\r\ny", b"x \ny"]:
    show(binascii.a2b_qp, s)
    show(binascii.a2b_qp, s, header=True)
show(binascii.a2b_qp, 5)
show(binascii.a2b_qp, data=b"a")
show(binascii.a2b_qp, b"a", True, 3)
for c in [b"x"*76 + b"\r\ny", b"x"*75 + b" \ny", b"x"*74 + b" \ny", b"x"*75 + b"\t", b"x"*74+b".\n", b".\x00", b"\r\n.\r\n", b"a\r", b"a \r", b"x"*75+b"\r\ny"]:
    print(binascii.b2a_qp(c), binascii.b2a_qp(c, istext=False))
for c in [b"", b"abc", b"x" * 200, bytes(range(256)), b"a \r\nb\tc\n" * 30]:
    for flags in [(0, 1, 0), (1, 1, 0), (0, 0, 0), (0, 1, 1), (1, 0, 1)]:
        e = binascii.b2a_qp(c, *flags)
        assert binascii.a2b_qp(e, header=flags[2]) == c or flags[1], (c, flags)
        print(len(e), max(map(len, e.split(b"\n"))))
print(sorted(n for n in dir(binascii) if not n.startswith("__")))
