vals = [0, 7, -7, 255, 123456789, 2 ** 70, -(2 ** 65)]
specs = ["", "d", "5d", "<6", ">6", "^7", "=+8", "08", "+", " ", "-", "x", "X", "#x", "#X", "o", "#o", "b", "#b", ",", "_", "_b", "#010x", "*^12,", "c" if False else "n"]
for v in vals:
    print(" | ".join(format(v, s) for s in specs))
fvals = [0.0, -0.0, 1.5, -2.25, 3.14159265, 1e-7, 1.5e16, 123456.789, float("inf"), float("-inf"), float("nan"), 1e300, 0.1]
fspecs = ["", "f", ".2f", "10.3f", "<10.1f", "e", ".2e", "E", "g", ".3g", "G", "%", ".1%", ",.2f", "+.1f", " .1f", "010.2f", ".0f", "#.0f", ".0e", "#g", ".10g", "n", "=+12.3f", "_.1f"]
for v in fvals:
    print(" | ".join(format(v, s) for s in fspecs))
for s in ["", "s", "10", "<10", ">10", "^10", ".2", "10.2", "*>6", "x<4"]:
    print(repr(format("hello", s)), repr(format("", s)))
print(format(True), format(True, "d"), format(False, ">5"), format(1, "c") if False else format(65, "c"), format(None))
for v, s in [(1.5, "d"), ("x", "d"), (5, "s"), (1, ".2d"), ("s", "+"), (1, "z"), (1, "=^5"), (1.0, "x"), ([], "5"), (2 ** 70, "c"), (1, ",x")]:
    try:
        print(format(v, s))
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
