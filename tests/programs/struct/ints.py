# Integer codes: the range checks and messages of each code under each
# byte order (they differ between little- and big-endian in CPython 3.11),
# round trips at the limits, and __index__ objects.
import struct

vals = [2**70, -2**70, 2**64, 2**63, 2**63 - 1, -2**63, -2**63 - 1, 2**32,
        2**31, -2**31 - 1, -1, 0, 255, 256, -128, -129, 65535, 65536, -32769]
codes = "bBhHiIlLqQnNP"
for prefix in ["", "@", "=", "<", ">", "!"]:
    for code in codes:
        fmt = prefix + code
        try:
            struct.calcsize(fmt)
        except struct.error as e:
            print(fmt, "-", e)
            continue
        row = []
        for v in vals:
            try:
                b = struct.pack(fmt, v)
                back = struct.unpack(fmt, b)[0]
                row.append("ok" if back == v else "wrap:%d" % back)
            except struct.error as e:
                row.append(str(e))
        print(fmt, " | ".join(row))


class Idx:
    def __init__(self, n):
        self.n = n

    def __index__(self):
        return self.n


print(struct.pack("<hQ", Idx(-2), Idx(2**64 - 1)), struct.pack(">?b", Idx(0), True))
for bad in [1.5, "3", None, b"1", [1]]:
    try:
        struct.pack("i", bad)
    except struct.error as e:
        print(type(bad).__name__, e)
try:
    struct.pack("<h", Idx(40000))
except struct.error as e:
    print("Idx", e)
print(struct.unpack("<bBhHiIqQ", bytes(range(200, 230))))
print(struct.unpack(">bBhHiIqQ", bytes(range(200, 230))))
print(struct.unpack("@lLnNP", b"\xff" * 40))
print(struct.pack("3h2b", 1, -2, 3, 4, -5), struct.pack(">3H", 1, 2, 3))
