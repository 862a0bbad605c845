# The base64 module's encoders and decoders, round trips and errors.
import base64
import binascii
import io
import random


def show(f, *args, **kwargs):
    try:
        print(f.__name__, repr(f(*args, **kwargs)))
    except Exception as e:
        print(f.__name__, type(e).__name__, e)


rng = random.Random(7)
data = [b"", b"\x00", b"\x00\x00", b"\x00" * 4, b"    ", b"hello world",
        bytes(range(256)), rng.randbytes(1000)]
for n in range(1, 12):
    data.append(rng.randbytes(n))

pairs = [
    (base64.b64encode, base64.b64decode),
    (base64.standard_b64encode, base64.standard_b64decode),
    (base64.urlsafe_b64encode, base64.urlsafe_b64decode),
    (base64.b32encode, base64.b32decode),
    (base64.b32hexencode, base64.b32hexdecode),
    (base64.b16encode, base64.b16decode),
    (base64.a85encode, base64.a85decode),
    (base64.b85encode, base64.b85decode),
    (base64.encodebytes, base64.decodebytes),
]
for enc, dec in pairs:
    for d in data:
        e = enc(d)
        assert dec(e) == d, (enc.__name__, d)
        assert dec(bytearray(e)) == d
        if dec is not base64.decodebytes:
            assert dec(e.decode("ascii")) == d
    print(enc.__name__, [enc(d)[:24] for d in data[:8]])
    print(enc.__name__, [len(enc(d)) for d in data])

# Options.
show(base64.b64encode, b"\xfb\xff", altchars=b"-_")
show(base64.b64encode, b"\xfb\xff", altchars=b"-_x")
show(base64.b64encode, b"ab", altchars=bytearray(b"-_"))
show(base64.b64decode, "-_==", altchars="-_")
show(base64.b64decode, "-_==", altchars=b"-")
show(base64.b64decode, b"YW_=", altchars=memoryview(b"-_"))
show(base64.b64decode, "YWJj", altchars=5)
for s in ["YW==YW==", "YW==", "YW\n==", "YWJj===", "YQ", "YWJj="]:
    show(base64.b64decode, s)
    show(base64.b64decode, s, validate=True)
show(base64.urlsafe_b64decode, b"+/8=")
show(base64.urlsafe_b64encode, b"\xfb\xff\xfe")
for s in ["MFRGG===", "mfrgg===", "MFRGG==", "MFRGG=A=", "MFRG1===", "MF======",
          "M=======", "MFR=====", "MFRGGZ==", "========", "", "MFRGGZDF",
          "MFRGGZD", "MF======MFRGGZDF", "MFRGGZDF========", "MFRGGZDFMF======",
          "MFRGGZD=", "MFRGGZDFM===A==="]:
    show(base64.b32decode, s)
show(base64.b32decode, "mfrgg===", True)
show(base64.b32decode, "MFRG1===", map01="L")
show(base64.b32decode, "MFRG1===", map01=b"I")
show(base64.b32decode, "MFRGGZDF", map01="ab")
show(base64.b32hexdecode, "c5h66p35", casefold=True)
show(base64.b32hexdecode, "W5H66P35")
show(base64.b16decode, "abcd")
show(base64.b16decode, "abcd", True)
show(base64.b16decode, "ABC")
show(base64.b16decode, "AB\n")
show(base64.a85encode, b"    x", foldspaces=True)
show(base64.a85encode, b"hello world" * 5, wrapcol=20)
show(base64.a85encode, b"hello world" * 5, wrapcol=20, adobe=True)
show(base64.a85encode, b"hello world", wrapcol=1, adobe=True)
show(base64.a85encode, b"hello", pad=True)
show(base64.a85encode, b"hello", adobe=True)
show(base64.a85encode, b"x", wrapcol=-1)
show(base64.a85encode, b"", adobe=True)
show(base64.a85encode, b"", adobe=True, wrapcol=3)
show(base64.a85encode, b"\0\0\0\0\0\0", pad=True)
show(base64.a85encode, b"\0\0")
show(base64.a85encode, b"  ", foldspaces=True)
for s in ["BOu!rD]j7BEbo80", "z", "By", "Bz", "B~", "s8W-\"", "s8W-#", "uuuuu",
          "B O u !\n r", "B", "u", "!", "!!", "z!!", "\x80"]:
    show(base64.a85decode, s)
show(base64.a85decode, "y", foldspaces=True)
show(base64.a85decode, "yy", foldspaces=True)
show(base64.a85decode, "By", foldspaces=True)
show(base64.a85decode, "<~BOu!rD]j7BEbo80~>", adobe=True)
show(base64.a85decode, "BOu!rD]j7BEbo80", adobe=True)
show(base64.a85decode, "<~BOu", adobe=True)
show(base64.a85decode, "<~~>", adobe=True)
show(base64.a85decode, "zz~>", adobe=True)
show(base64.a85decode, "B O u", ignorechars=b"")
show(base64.b85encode, b"hello", pad=True)
show(base64.b85encode, b"\xff\xff\xff")
for s in ["Xk~0{Zy<MXa%^M", "Xk~0{Zy<MXa%^M\n", "|NsC0", "|NsC1", "~~~~~",
          "abc\"de", "X", "|Ns", "~", "\x80", b"\x80"]:
    show(base64.b85decode, s)

# Argument types.
for f in [base64.b64encode, base64.b32encode, base64.b16encode, base64.a85encode,
          base64.b85encode, base64.encodebytes]:
    show(f, "abc")
    show(f, memoryview(b"abc"))
for f in [base64.b64decode, base64.b32decode, base64.b16decode, base64.a85decode,
          base64.b85decode, base64.decodebytes]:
    show(f, 5)
    show(f, "caf\u00e9")
show(base64.encodebytes, memoryview(b"abcd").cast("H"))

# Files.
src = io.BytesIO(bytes(range(200)))
out = io.BytesIO()
base64.encode(src, out)
print(out.getvalue())
back = io.BytesIO()
base64.decode(io.BytesIO(out.getvalue()), back)
print(back.getvalue() == bytes(range(200)))
print(base64.MAXLINESIZE, base64.MAXBINSIZE, base64.bytes_types)
print(sorted(base64.__all__))
