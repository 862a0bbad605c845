for s in ["1.5", "-2", "  3.25\n", "1e3", "1E-3", ".5", "5.", "inf", "-Infinity", "nan", "+1_0.0_1", "0x10" if False else "16"]:
    print(repr(float(s)))
for s in ["", "abc", "1.2.3", "1e", "- 1", "1_", "inf inf"]:
    try:
        float(s)
    except ValueError as e:
        print(e)
try:
    float([])
except TypeError as e:
    print(e)
print(float(3), float(True), float(-0), float(2 ** 60))
