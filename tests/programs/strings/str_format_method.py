print("{} {} {}".format(1, "a", [2]))
print("{0} {1} {0}".format("x", "y"), "{name} {0}".format(5, name="n"))
print("{:>8}|{:<8}|{:^8}|{:*^9}".format("r", "l", "c", "s"))
print("{0[0]} {0[1]} {1[k]} {2.real}".format([5, 6], {"k": "v"}, 3))
print("{!r} {!s} {!a}".format("q", "q", "é"))
print("{:d} {:5d} {:<5d}| {:+d} {:x} {:#b} {:o} {:,} {:_} {:_x}".format(1, 2, 3, 4, 255, 5, 8, 1234567, 1234567, 0xFFFFFF))
print("{:.3f} {:10.2e} {:g} {:%} {:.1%} {:,.2f}".format(3.14159, 12345.6789, 0.0001, 0.5, 0.123, 9876543.21))
print("{{}} {{{}}}".format(7), "{:{}}|".format("x", 5), "{:{w}.{p}f}".format(3.14159, w=8, p=2))
for fmt, args in [("{}", ()), ("{0} {}", (1, 2)), ("{:d}", ("x",)), ("{x}", ()), ("{", ()), ("}", ()), ("{0!z}", (1,)), ("{:s}", (1,)), ("{0[5]}", ([1],))]:
    try:
        print(fmt.format(*args))
    except (IndexError, ValueError, KeyError, TypeError) as e:
        print(type(e).__name__, e)

class P:
    def __format__(self, spec):
        return "P<" + spec + ">"
print("{:abc} {}".format(P(), P()), format(P(), "zz"), f"{P():q}")
print("{0.__class__.__name__}".format(1.5))
