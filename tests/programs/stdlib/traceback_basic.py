import traceback, sys

def clean(s):
    return s.replace(__file__, "FILE")

def inner():
    raise ValueError("bad value")

def outer():
    inner()

try:
    outer()
except ValueError:
    text = traceback.format_exc()
    print(clean(text), end="")
    print(sys.exc_info()[0].__name__)

try:
    outer()
except ValueError as e:
    lines = traceback.format_exception(e)
    print(len(lines), clean(lines[0]), end="")
    print(clean("".join(lines)) == clean(traceback.format_exc()))
    print(traceback.format_exception_only(e))
    tb = traceback.extract_tb(e.__traceback__)
    print([(f.name, f.lineno, f.line) for f in tb])
    fname, lineno, name, line = tb[-1]
    print(name, lineno, line)
    print([clean(x) for x in traceback.format_tb(e.__traceback__)])
    traceback.print_exc(file=None) if False else None

try:
    try:
        raise ZeroDivisionError("div")
    except ZeroDivisionError as e:
        raise KeyError("k") from e
except KeyError as e:
    print(clean(traceback.format_exc()), end="")

try:
    try:
        raise IndexError("idx")
    except IndexError:
        raise AttributeError("attr")
except AttributeError:
    print(clean("".join(traceback.format_exception(*sys.exc_info()))), end="")

print(repr(traceback.format_exc()))

def show_stack():
    for f in traceback.extract_stack()[-2:]:
        print(f.name, f.line)
    print(clean("".join(traceback.format_stack()[-1:])), end="")

def caller():
    show_stack()

caller()
traceback.print_exception(ValueError("direct"), file=sys.stdout)
class MyErr(Exception):
    pass
try:
    raise MyErr()
except MyErr:
    print(traceback.format_exc().splitlines()[-1])
