# binascii's base64 and hex conversions and the CRCs, with their errors.
import binascii


def show(f, *args, **kwargs):
    try:
        print(f.__name__, repr(f(*args, **kwargs)))
    except Exception as e:
        print(f.__name__, type(e).__name__, e)


samples = [b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", bytes(range(256))]
for s in samples:
    enc = binascii.b2a_base64(s)
    assert binascii.a2b_base64(enc) == s
    print(enc, binascii.b2a_base64(s, newline=False)[:20])
    h = binascii.hexlify(s)
    assert binascii.unhexlify(h) == s
    print(h[:30], binascii.crc32(s), binascii.crc_hqx(s, 0))

# Other buffers and ASCII str for the a2b_ functions.
show(binascii.b2a_base64, bytearray(b"abc"))
show(binascii.b2a_base64, memoryview(b"abcdef")[1:4])
show(binascii.a2b_base64, "YWJj")
show(binascii.a2b_base64, bytearray(b"YWJj"))
show(binascii.a2b_hex, "ABcd")
show(binascii.a2b_hex, memoryview(b"0a0b"))
show(binascii.b2a_base64, "abc")
show(binascii.b2a_hex, "abc")
show(binascii.crc32, "abc")
show(binascii.a2b_base64, 5)
show(binascii.a2b_base64, "caf\u00e9")
show(binascii.a2b_hex, [1])

# Lenient and strict base64 decoding.
cases = ["YWJj", "YWJ", "YW", "Y", "YWJjZ", "YW=J", "YW==", "=YW", "YW!!==",
         "YWJj===", "YWJj=", "YW==YW==", "YQ", "YR==", "Y===", "YWJjZ===",
         "YW Jj\nZ", "Y!W!J!j!Z", "YW=", "YWJ=", "YWJ=x", "YWJ==", "=YWJj",
         "YWJjYQ=a", "YW=\n=", "YWJ\n=", "a=b=c=d=", "ab=c", "ab==c", "",
         "\n", "YWJj\n", "YWJjZGVm\nZ2hp\n"]
for c in cases:
    show(binascii.a2b_base64, c)
    show(binascii.a2b_base64, c, strict_mode=True)

# Arguments.
show(binascii.b2a_base64, b"abc", False)
show(binascii.b2a_base64)
show(binascii.b2a_base64, b"ab", newline=0)
show(binascii.b2a_base64, b"ab", newline="x")
show(binascii.b2a_base64, b"ab", foo=0)
show(binascii.b2a_base64, data=b"a")
show(binascii.a2b_base64, b"YQ==", strict_mode=None)
show(binascii.a2b_base64, b"ab", strict_mode=1, x=2)
show(binascii.a2b_base64, b"ab", 1)

# Hex with separators.
d = b"\x01\x02\x03\x04\x05"
for sep, n in [("-", 1), ("-", 2), ("-", -2), ("-", 3), ("-", -3), ("-", 5),
               ("-", 6), (b":", 1), ("x", 0), ("\xe9", 1)]:
    show(binascii.b2a_hex, d, sep, n)
    show(binascii.hexlify, d, sep=sep, bytes_per_sep=n)
show(binascii.b2a_hex, b"", "-", 2)
show(binascii.b2a_hex, b"\x01", "-", 2)
show(binascii.b2a_hex, d, "--")
show(binascii.b2a_hex, d, "")
show(binascii.b2a_hex, d, 3)
show(binascii.b2a_hex, d, None)
show(binascii.b2a_hex, d, bytearray(b"x"))
show(binascii.b2a_hex, d, "\u0100")
show(binascii.b2a_hex, d, [1])
show(binascii.b2a_hex, d, "x", 2**70)
show(binascii.b2a_hex, d, "x", 1.0)
show(binascii.b2a_hex, d, "x", 1, 2)
show(binascii.b2a_hex)
show(binascii.hexlify, data=b"a")
show(binascii.a2b_hex, "abc")
show(binascii.a2b_hex, "zz")
show(binascii.unhexlify, "0g")
show(binascii.a2b_hex, hexstr="6a")
show(binascii.a2b_hex)
show(binascii.unhexlify, "6a", "6a")

# CRCs: running values, masking, arguments.
print(binascii.crc32(b"world", binascii.crc32(b"hello ")), binascii.crc32(b"hello world"))
show(binascii.crc32, b"hello", 5)
show(binascii.crc32, b"hello", -1)
show(binascii.crc32, b"a", 2**40)
show(binascii.crc32, b"a", -(2**70) + 3)
show(binascii.crc32, b"a", 1.5)
show(binascii.crc32, b"a", crc=3)
show(binascii.crc32)
show(binascii.crc32, b"a", 1, 2)
show(binascii.crc_hqx, b"hello", 0x12345)
show(binascii.crc_hqx, b"hello", -1)
show(binascii.crc_hqx, b"a", 2**70)
show(binascii.crc_hqx, b"hello")
show(binascii.crc_hqx, data=b"a", crc=1)

# The exceptions.
print(binascii.Error.__mro__)
print(binascii.Incomplete.__mro__)
print(repr(binascii.Error("x")), binascii.Error.__module__)
try:
    binascii.unhexlify("1")
except ValueError as e:
    print("caught as ValueError:", type(e).__name__, e)
print(binascii.b2a_hex)
