# SyntaxError(msg, (filename, lineno, offset, text[, end_lineno, end_offset])):
# the details become attributes, and str() shows "msg (file, line N)".
tests = [(), ("m",), ("m", ("f.py", 3, 1, "x")), ("m", ("f.py", 3, 1, "x", 3, 4)), ("m", ["f.py", "3", 1, "x"]), ("m", (None, None, None, None)), (5, ("a/b/c.py", 2, 1, None)), ("m", "xy"), ("a", "b", "c")]
for a in tests:
    try:
        e = SyntaxError(*a)
        print(a, "->", repr(str(e)), e.msg, e.filename, e.lineno, e.offset, e.text, e.end_lineno, e.end_offset, e.args)
    except Exception as x:
        print(a, "ERR", type(x).__name__, x)
for a in [("m", ("f.py", 1, 2)), ("m", ("f.py", 1, 2, "t", 5)), ("m", 5)]:
    try:
        SyntaxError(*a)
    except Exception as x:
        print(a, "ERR", type(x).__name__, x)
e = SyntaxError("m", ("f.py", 3, 1, "x")); e.lineno = 7; e.filename = "/x/y.py"; print(str(e))
e.lineno = True; print(str(e))
class S(SyntaxError): pass
print(str(S("q", ("z.py", 1, 1, "t"))), IndentationError("q", ("z.py", 1, 1, "t")))
print(repr(SyntaxError("m", ("f.py", 3, 1, "x"))))
e = SyntaxError("m", ("f.py", 3, 1, "x")); e.msg = "changed"; print(str(e), e.args)
