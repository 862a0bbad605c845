for e in [Exception(), Exception("one"), Exception("a", 2), ValueError(5), KeyError("k"), KeyError(), KeyError(1, 2), IndexError("i"), StopIteration(3), SystemExit(2), OSError(2, "No such file")]:
    print(type(e).__name__, e.args, repr(str(e)), repr(e))
e = ValueError("msg")
e.args = ("changed", 1)
print(e, e.args)
class MyErr(Exception):
    pass
class WithInit(Exception):
    def __init__(self, code, text):
        super().__init__(text)
        self.code = code
class WithStr(Exception):
    def __str__(self):
        return "custom str"
print(repr(MyErr("x")), str(MyErr("a", "b")), WithInit(3, "t").args, WithInit(3, "t").code, str(WithStr()), repr(WithStr("q")))
try:
    raise MyErr
except MyErr as err:
    print("caught class", repr(err), err.args)
print(StopIteration(7).value, StopIteration().value, SystemExit(3).code, SystemExit().code, SystemExit(1, 2).code)
print(KeyError("a b").__str__(), str(KeyError("")), str(KeyError(None)))
print(isinstance(ValueError(), Exception), ValueError.__name__, ValueError().__class__.__name__)
e2 = OSError(2, "No such file or directory", "f.txt")
print(e2.errno, e2.strerror, e2.filename, str(e2), type(FileNotFoundError(2, "x")).__name__)
print(str(UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte")))
