print("%s|%r|%a" % ("hé", "hé", "hé"))
print("%d %i %u" % (42, -7, 3), "%5d|%-5d|%05d|%+d|% d" % (42, 42, 42, 42, 42))
print("%x %X %o %#x %#X %#o" % (255, 255, 8, 255, 255, 8))
print("%f %.2f %10.3f %-10.1f| %e %.3E %g %G" % (3.14159, 3.14159, 3.14159, 3.14159, 12345.678, 0.000123, 0.00001234, 1e20))
print("%c%c" % (65, "z"), "%%", "%s" % [1, 2], "%s" % ((1, 2),), "%s %s" % (1, 2))
print("%(name)s is %(age)d" % {"name": "Al", "age": 30}, "%(x)r" % {"x": "q"})
print("%*d|%-*d|%.*f" % (5, 1, 5, 2, 2, 3.14159))
print("%.3s|%5.2s|" % ("abcdef", "xyz"), "%d" % 3.9, "%s" % None, "%r" % 1.0)
print("%d" % True, "%x" % -255, "%o" % -8, "%.0f" % 2.5, "%.0f" % 3.5, "%i" % 10 ** 20)
for fmt, args in [("%d", "x"), ("%s %s", (1,)), ("%s", (1, 2)), ("%z", 1), ("%(a)s", (1,)), ("%c", 1114112), ("%c", "ab"), ("%x", 1.5), ("%d", None)]:
    try:
        print(fmt % args)
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(type(e).__name__, e)
print("%s" % "only", "%-6s|" % "ab", "%06.2f" % -3.14159, "%+.1e" % 0.0)
print(b"%s and %d" % (b"bytes", 5) if False else "skip")
