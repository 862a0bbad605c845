# Format strings: sizes with native alignment and the standard sizes,
# repeat counts, whitespace, and the format errors.
import struct

formats = [
    "", "x", "3x", "c", "ci", "@ci", "ic", "c0i", "c0q", "cH", "b2h", "?d",
    "@xi", "@ciq", "@iq", "@hq", "@ce", "@cf", "@cd", "@cP", "@cn", "@cN",
    "@clL", "@5s i", " i ", "\ti\n", "<ci", "=ci", ">ci", "!ci", "<q3s",
    "4s", "0s", "255p", "3p", "10x2i", "<lL", "@lL", "=e", "<?", "2c2?",
    "100i", "i 2h", "bhilqnNP", "<bhilq", "20000x",
    "2 i", "ii2", "2", "<n", "=N", ">P", "!n", "z", "i?z", "%", "@@i",
    "99999999999999999999i", "5000000000000000000q", "9223372036854775807x",
    "9223372036854775806xc", "i" + "9" * 30, "\x00", b"i\x00", "é", "i\u20ac", b"\xe9",
]
for f in formats:
    try:
        print(repr(f), struct.calcsize(f))
    except (struct.error, UnicodeEncodeError) as e:
        print(repr(f), type(e).__name__, e)
print(struct.calcsize(b"<2h"), struct.calcsize(bytearray(b"q")) if False else "")
for bad in [3, None, ["i"]]:
    try:
        struct.calcsize(bad)
    except TypeError as e:
        print("TypeError", e)
for f in ["@ci", "<ci", ">ci", "@ciq", "@b3xhiq", "=bhiq", ">bhiq"]:
    n = len(struct.unpack(f, bytes(struct.calcsize(f))))
    print(f, struct.pack(f, *([b"z"] if "c" in f else []) + [7] * (n - ("c" in f))))
struct._clearcache()
print(struct.calcsize("i"), struct.pack("i", 1))
