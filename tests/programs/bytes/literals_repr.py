b = b"hello"
print(b, repr(b), len(b), b[0], b[-1], b[1:3], b[::-1], list(b))
print(b"\x00\x01\xff", b"'", b'"', b"'\"", b"\n\t\r\\", rb"\n", b"a" b"c")
print(bytes(3), bytes([65, 66]), bytes(b"xy"), bytes("é", "utf-8"), bytes(), bytes(range(3)))
print(b == b"hello", b < b"help", b + b"!", b * 2, b"l" in b, 108 in b, b"" in b)
print(b.decode(), b"caf\xc3\xa9".decode("utf-8"), b.upper(), b.find(b"l"), b.count(b"l"), b.split(b"l"))
print(b.startswith(b"he"), b.endswith(b"lo"), b.replace(b"l", b"L"), b.strip(b"ho"), b"-".join([b"a", b"b"]))
print(b.hex(), bytes.fromhex("4142 43"), hash(b"ab") == hash(b"ab"), b.index(b"o"))
for bad in [lambda: b[10], lambda: bytes([256]), lambda: bytes("x"), lambda: b"a" + "b", lambda: b"\xff".decode(), lambda: b.index(b"z")]:
    try:
        bad()
    except (IndexError, ValueError, TypeError, UnicodeDecodeError) as e:
        print(type(e).__name__, e)
print(isinstance(b, bytes), type(b).__name__, b"%d" % 5 if False else "", str(b"x"))
for c in b"ab":
    print(c)
