"""Regenerates cases.txt, the CPython-observed expectations used by tests.rs.

Run with CPython 3.11: python3 src/format/gen_cases.py > src/format/cases.txt
Each line: kind <TAB> input fields... <TAB> expected, with \\, \t, \n and other
control characters escaped as \\u{hex}.
"""
import math
import random
import struct
import sys

# Optional arguments: seed and a scale factor, for larger one-off differential runs.
SEED = int(sys.argv[1]) if len(sys.argv) > 1 else 20240611
SCALE = int(sys.argv[2]) if len(sys.argv) > 2 else 1
rnd = random.Random(SEED)
out = []


def esc(s):
    r = []
    for ch in s:
        o = ord(ch)
        if ch == "\\":
            r.append("\\\\")
        elif o < 0x20 or o == 0x7F or ch in "\u0085\u2028\u2029":
            r.append("\\u{%x}" % o)
        else:
            r.append(ch)
    return "".join(r)


def fbits(x):
    return "%016x" % struct.unpack("<Q", struct.pack("<d", x))[0]


def outcome(f):
    try:
        return "OK:" + esc(f())
    except Exception as e:
        return type(e).__name__ + ":" + esc(str(e))


def emit(*fields):
    out.append("\t".join(fields))


# ---- format specs ---------------------------------------------------------------
fills = ["", "", "", "*", "0", " ", "x", "{", "é", "<", "="]
aligns = ["", "", "<", ">", "^", "="]
signs = ["", "", "+", "-", " "]
zs = ["", "", "", "z"]
alts = ["", "", "#"]
zeros = ["", "", "0"]
widths = ["", "", "1", "5", "8", "12", "15", "20"]
groups = ["", "", "", ",", "_"]
precs = ["", "", ".0", ".1", ".2", ".3", ".6", ".10", ".17", ".25"]
int_types = ["", "", "b", "c", "d", "o", "x", "X", "n", "e", "E", "f", "F", "g", "G", "%", "s", "q", "\x00", " "]
float_types = ["", "", "", "e", "E", "f", "F", "g", "G", "n", "%", "d", "x", "\x00"]
str_types = ["", "", "", "s", "d", "\x00"]


def gen_spec(types, prec_weight):
    a = rnd.choice(aligns)
    f = rnd.choice(fills) if a else ""
    p = rnd.choice(precs) if rnd.random() < prec_weight else ""
    return (f + a + rnd.choice(signs) + rnd.choice(zs) + rnd.choice(alts) + rnd.choice(zeros)
            + rnd.choice(widths) + rnd.choice(groups) + p + rnd.choice(types))


ints = [0, 1, -1, 7, 65, 255, -255, 1234, -1234, 123456789, -987654321, 10**20,
        -(2**70), 0x10FFFF, 0x110000, 2**53 + 1, 10**400, 9, 99999]
for v in ints:
    for _ in range(110 * SCALE):
        spec = gen_spec(int_types, 0.15)
        emit("fint", str(v), esc(spec), outcome(lambda: format(v, spec)))
for v in [True, False]:
    for _ in range(40):
        spec = gen_spec(int_types, 0.15)
        if spec == "":
            continue
        emit("fbool", str(int(v)), esc(spec), outcome(lambda: format(v, spec)))

floats = [0.0, -0.0, 1.0, -1.5, 0.1, 123.456, 1e16, 1e15, 1e-5, 1e-4, 9.995, 0.5, 2.5,
          1e300, 5e-324, math.inf, -math.inf, math.nan, -math.nan, 1234567.891, 999999.5,
          9.9999999e22, -0.000123456, 12345678901234567890.0, 0.999999999, 1.7976931348623157e308]
for v in floats:
    for _ in range(110 * SCALE):
        spec = gen_spec(float_types, 0.6)
        emit("ffloat", fbits(v), esc(spec), outcome(lambda: format(v, spec)))

strs = ["", "a", "abc", "héllo", "x" * 12, "日本語"]
for v in strs:
    for _ in range(70 * SCALE):
        a = rnd.choice(aligns)
        f = rnd.choice(fills) if a else ""
        spec = (f + a + (rnd.choice(signs) if rnd.random() < 0.2 else "")
                + (rnd.choice(zs) if rnd.random() < 0.2 else "")
                + (rnd.choice(alts) if rnd.random() < 0.2 else "")
                + rnd.choice(zeros) + rnd.choice(widths)
                + (rnd.choice(groups) if rnd.random() < 0.2 else "")
                + rnd.choice(precs) + rnd.choice(str_types))
        emit("fstr", esc(v), esc(spec), outcome(lambda: format(v, spec)))

# Error precedence for strings: many option combinations.
for _ in range(400 * SCALE):
    spec = ("".join(rnd.choice(["", "x"]) + rnd.choice(["=", "<", "^"]) if rnd.random() < 0.5 else "")
            + rnd.choice(["", "+", "-", " "]) + rnd.choice(["", "z"]) + rnd.choice(["", "#"])
            + rnd.choice(["", "0"]) + rnd.choice(["", "7"]) + rnd.choice(["", ",", "_"])
            + rnd.choice(["", ".2"]) + rnd.choice(["", "s", "d", "c"]))
    emit("fstr", "ab", esc(spec), outcome(lambda: format("ab", spec)))
    emit("fint", "-66", esc(spec), outcome(lambda: format(-66, spec)))
    emit("ffloat", fbits(-0.0), esc(spec.replace("c", "e")), outcome(lambda: format(-0.0, spec.replace("c", "e"))))

# Malformed specs.
for spec in ["abc", "10abc", ".", ",,", ",_", "_,", "__", ",,,", ",_.", ",.", ".,", ".2,", "##",
             "#0#", "00", "000", "0010", "<<<", "x<x", "5<", "+ ", "99999999999999999999",
             ".99999999999999999999", ".2147483648f", ".2147483647", "z+", "+z", "#z", "z#",
             ",q", ",é", "_\x01", "_ ", ",\x00", "\x7f", "é", "\U0001F600", "=", "0=", "=0",
             "{", "}", "^^^", "-.0", "1.", "1..1", ".1.", "x^", "x^10", "x=10", "9223372036854775808",
             "_c", ",c", ",n", "_n", ",b", "_b", ",x", "_X", ",o", ",%", "_%", ",e", "_g", ",s"]:
    emit("fint", "1234", esc(spec), outcome(lambda: format(1234, spec)))
    emit("ffloat", fbits(-12.5), esc(spec), outcome(lambda: format(-12.5, spec)))
    emit("fstr", "ab", esc(spec), outcome(lambda: format("ab", spec)))

# Rounding-sensitive float formatting.
def rand_float():
    k = rnd.random()
    if k < 0.4:
        return struct.unpack("<d", struct.pack("<Q", rnd.getrandbits(64)))[0]
    if k < 0.7:
        return round(rnd.uniform(-1000, 1000), rnd.randint(0, 5))
    return rnd.choice([0.5, 1.5, 2.5, 0.125, 0.375, 2.675, 1.005, 0.045, 1e22, 1e23, 9.5, 99.5, 0.05]) * rnd.choice([1, -1, 10, 100, 0.1])

for _ in range(700 * SCALE):
    x = rand_float()
    t = rnd.choice("eEfFgG%n") + ""
    p = rnd.choice(["", ".0", ".1", ".2", ".3", ".5", ".8", ".12", ".16", ".17", ".20", ".40"])
    if t in "fF%" and abs(x) > 1e30:
        t = "e"
    spec = p + t
    emit("ffloat", fbits(x), esc(spec), outcome(lambda: format(x, spec)))
for _ in range(200 * SCALE):
    x = rand_float()
    spec = rnd.choice(["", ".1", ".2", ".3", ".6", ".12", ".17", "#", "#.3", ",", "_.4", "z.2"])
    emit("ffloat", fbits(x), esc(spec), outcome(lambda: format(x, spec)))
for x in [5e-324, 2.2250738585072014e-308, 1e-300]:
    for spec in [".1074f", ".1100f", ".800e", ".760e", ".770g", ".1080f"]:
        emit("ffloat", fbits(x), esc(spec), outcome(lambda: format(x, spec)))

# ---- repr -------------------------------------------------------------------------
reprs = [0.0, -0.0, 1.0, 1e16, 1.5e-5, 1e-5, 1e-4, 0.0001, 123456789012345.0, 1234567890123456.0,
         12345678901234567.0, 5e-324, 1.7976931348623157e308, math.inf, -math.inf, math.nan,
         0.1, 0.2, 0.30000000000000004, 1e22, 1e23, 9007199254740993.0, 2.5, 1e-7, 100.0,
         9999999999999998.0, 1e15, 0.001, 1.0000000000000002]
for _ in range(800 * SCALE):
    reprs.append(rand_float())
# Exact ties between two shortest candidates (e.g. 2**50 + k + 0.25).
for _ in range(150 * SCALE):
    reprs.append(rnd.randrange(2**50, 2**51) + rnd.choice([0.25, 0.75]))
for _ in range(50):
    reprs.append((rnd.randrange(2**52, 2**53) * 2.0 ** rnd.randint(-60, 60)))
for x in reprs:
    emit("repr", fbits(x), repr(x))

# ---- float() / int() ----------------------------------------------------------------
float_strs = ["1", " 1.5 ", "-2", "+3.", ".5", "5.", ".", "1e5", "1E-5", "1e+5", "1e", "e5",
              "1_000", "1__000", "_1", "1_", "1_.5", "1._5", "1.5_", "1e1_0", "1e_10", "1_e10",
              "inf", "-inf", "+inf", "Infinity", "-iNfInItY", "infinit", "nan", "-NaN", "+nan",
              "nAn", "nan1", "in f", "1 2", "", "   ", "0x10", "1.5j", "١٢٣", "\u00a01.5\u3000",
              "\x1c2\x1f", "1e500", "-1e500", "1e-500", "-1e-500", "2.5e-324", "2.4703282292062328e-324",
              "0.1", "3.141592653589793238462643383279", "1.7976931348623158e308",
              "1.7976931348623159e308", "00012", "0_0.0_0", "1.e5", ".e5", "+.5", "-.5e-3",
              "++1", "--1", "+-1", "1e+-5", "\t\n1\r\x0b\x0c", "1\x00", "１２", "٣.٥", "inf ",
              " nan", "infinity1", "1.5e3.2", "5.e3", "0e0", "-0", "-0.0", "0" * 400 + "1",
              "1" + "0" * 400, "0." + "0" * 400 + "1", "9" * 30 + "e-30"]
for s in float_strs:
    try:
        r = "OK:" + fbits(float(s))
    except ValueError:
        r = "ERR"
    emit("pfloat", esc(s), r)

int_strs = ["0_7", "0_0", "00", "0 0", "010", "0x_1f", "0x", "0x__1", "0b1", "0B1", "0o17",
            "-0x10", " +0x10 ", "0_", "_0", "1__0", "0x1_", "-_1", "+-1", "", "  ", "0b", "00_0",
            "0o_0", "0x_", "09", "0_00", "123", "-123", "+5", " 42\n", "1_000_000", "zz", "ZZ",
            "Zz", "١٢٣", "１２", "-0", "0XFF", "0O7", "12" * 40, "-" + "9" * 60, "0b102",
            "1.5", "1e5", "\u3000" + "7" + "\u2028", "7\x1c", "0x\u0661"]
for s in int_strs:
    for b in (0, 2, 8, 10, 16, 36, 7):
        try:
            r = "OK:" + str(int(s, b))
        except ValueError:
            r = "ERR"
        emit("pint", esc(s), str(b), r)

# ---- round ----------------------------------------------------------------------
rvals = [1e308, 1.7976931348623157e308, 5e-324, 1.5, 2.5, 0.125, 2.675, -2.5, -0.0, 0.0,
         1e-300, -1e-300, math.inf, -math.inf, 12345.678, 0.5, -0.5, 0.285, 1.005, 5e15 + 0.5,
         123456789.987654321, 1e22, 2.0**70]
for x in rvals:
    for n in [-400, -309, -308, -307, -20, -5, -1, 0, 1, 2, 3, 5, 10, 17, 300, 323, 324, 400]:
        emit("round", fbits(x), str(n), outcome(lambda: fbits(round(x, n))))
for _ in range(300 * SCALE):
    x = rand_float()
    n = rnd.randint(-5, 20)
    if math.isfinite(x):
        emit("round", fbits(x), str(n), outcome(lambda: fbits(round(x, n))))
for x in [0.5, 1.5, 2.5, -0.5, -2.5, 1e300, 3.7, -3.7, math.inf, -math.inf, math.nan, 2.0**80 + 2.0**30]:
    emit("roundint", fbits(x), outcome(lambda: str(round(x))))

# ---- hash -----------------------------------------------------------------------
hfloats = [0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 1.5, 1e100, -1e100, 5e-324, 1.7976931348623157e308,
           math.inf, -math.inf, 2.0**61, 2.0**61 - 2.0**9, 0.1, 1e-300]
for _ in range(200 * SCALE):
    hfloats.append(rand_float())
for x in hfloats:
    emit("hfloat", fbits(x), str(hash(x)))
hints = [0, 1, -1, -2, 2, 2**61 - 1, 2**61, 2**61 - 2, -(2**61 - 1), -(2**61), 2**63 - 1, -(2**63),
         2**64, 10**30, -(10**30), 2**200 + 12345, -(2**200) - 1, 1 - 2**61]
for _ in range(100):
    hints.append(rnd.getrandbits(rnd.randint(1, 300)) * rnd.choice([1, -1]))
for v in hints:
    emit("hint", str(v), str(hash(v)))

# ---- divmod and pow -------------------------------------------------------------------
vals = [0.0, -0.0, 1.0, -1.0, 2.0, -2.0, 0.5, -0.5, math.inf, -math.inf, math.nan, 3.0, -3.0,
        1e308, 1e-308, 2.5, -2.5, 1e10, -8.0, 7.3, -7.3, 1e-320, 0.1]
for a in vals:
    for b in vals:
        if b != 0:
            q, r = divmod(a, b)
            emit("divmod", fbits(a), fbits(b), fbits(q) + "," + fbits(r))
        def p():
            r = a ** b
            if isinstance(r, complex):
                raise ValueError("negative number cannot be raised to a fractional power")
            return fbits(r)
        emit("pow", fbits(a), fbits(b), outcome(p))

sys.stdout.write("\n".join(out) + "\n")
