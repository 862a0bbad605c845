# f-string conversions and format specs, starred unpacking, slices and
# chained comparisons.
name, width = "weft", 8
first, *middle, last = [1, 2, 3, 4]
print(f"{name!r:>{width}} {first!s} {last!a} {middle}")
print(name[1:3], name[::-1], 1 < width <= 8)
