# Floats are written as float.__repr__ writes them: shortest round-trip
# digits, positional or exponent form at CPython's thresholds.
import json
import random

rnd = random.Random(7)
vals = [0.0, -0.0, 1.0, -1.0, 0.1, 0.2, 0.30000000000000004, 1 / 3, 2 / 3, 1e16, 1e15,
        9999999999999998.0, 1e-4, 1e-5, 0.00012345, 123456789.125, 1e22, 1e23, 1e300,
        5e-324, 2.2250738585072014e-308, 1.7976931348623157e308, 2.0 ** 60, 2.0 ** 70,
        2.0 ** 53 + 2, 4.35, 0.5, 1.5e-7, 12345678901234567890.0, 9007199254740993.0]
for i in range(400):
    vals.append(rnd.random() * 10 ** rnd.randint(-30, 30))
    vals.append(rnd.randint(1, 2 ** 60) / 2 ** rnd.randint(0, 70))
    vals.append(float(rnd.randint(1, 10 ** 19)))
    vals.append(i * 1.1)
    vals.append(i / 7)
text = json.dumps(vals)
print(text)
print(json.loads(text) == vals)
print(json.dumps({"a": vals[:20]}, indent=1))
print(json.dumps({v: 1 for v in vals[:30]}))
