# Arithmetic and comparisons on mixed ints and floats, as the
# interpreter's scalar fast paths compute them.
big = 2**53
vals = [0, 1, -3, 7, big, big + 1, -big - 1, 2**62, 0.0, -0.0, 1.5, -2.25, 1e308, float("inf")]
for x in vals:
    for y in vals:
        row = []
        for op in ("+", "-", "*", "/"):
            try:
                row.append(repr(eval("x %s y" % op)))
            except (ZeroDivisionError, OverflowError) as e:
                row.append(type(e).__name__)
        row.append(x < y)
        row.append(x == y)
        row.append(x >= y)
        print(repr(x), repr(y), *row)

def loop_in_locals():
    a, b, total = 3, 0.5, 0
    for i in range(5):
        total += a * b - i / 4
        total -= 1
        b *= 1.5
        if b > 2:
            b = b - 2
        if total < -1.0:
            total = 0
    return total, b
print(loop_in_locals())
x = 10
print(x / 4, x * 0.1, x - 0.5, 0.5 - x, x / 2.5, 7.0 // 2, 7 % 2.5)
