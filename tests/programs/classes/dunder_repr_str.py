class Both:
    def __repr__(self): return "Both()"
    def __str__(self): return "both!"
class OnlyRepr:
    def __repr__(self): return "OnlyRepr()"
class OnlyStr:
    def __str__(self): return "only-str"
b, r, s = Both(), OnlyRepr(), OnlyStr()
print(b, r, s.__str__(), repr(b), str(r), [b, r], f"{b}", f"{b!r}", "%s %r" % (b, b), "{} {!r}".format(b, r))
print(str(s), repr(s).startswith("<__main__.OnlyStr object at 0x"))
class BadRepr:
    def __repr__(self): return 5
try:
    repr(BadRepr())
except TypeError as e:
    print(e)
class BadStr:
    def __str__(self): return None
try:
    str(BadStr())
except TypeError as e:
    print(e)
class Fmt:
    def __format__(self, spec):
        return f"Fmt[{spec}]"
print(format(Fmt(), "x>5"), f"{Fmt():abc}", "{:q}".format(Fmt()))
class NoFmt:
    pass
try:
    format(NoFmt(), "5")
except TypeError as e:
    print(e)
print(format(NoFmt(), "") == str(NoFmt()) or True)
class Sub(int):
    def __repr__(self): return "Sub!"
print(Sub(5), repr(Sub(5)), Sub(5) + 1, str(Sub(3)), f"{Sub(7)}")
