def classify(exc):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        return "lookup:" + type(e).__name__
    except ArithmeticError:
        return "arith"
    except Exception as e:
        return "other:" + type(e).__name__
for exc in [KeyError(), IndexError(), ZeroDivisionError(), OverflowError(), ValueError(), TypeError]:
    print(classify(exc))
try:
    try:
        raise SystemExit(0)
    except Exception:
        print("not here")
except BaseException as e:
    print("base caught", type(e).__name__)
try:
    {}["x"]
except LookupError as e:
    print("lookup", repr(e))
e = None
try:
    1 / 0
except ZeroDivisionError as e:
    print("bound", e)
try:
    print(e)
except NameError as ne:
    print("NameError:", ne)
try:
    raise ValueError
except ValueError as v:
    print(repr(v), v.args)
try:
    try:
        raise 5
    except TypeError as te:
        print(te)
    raise NotAnException
except NameError as err:
    print(err)
class NotExc:
    pass
try:
    raise NotExc()
except TypeError as te:
    print(te)
try:
    try:
        1 / 0
    except "string":
        pass
except TypeError as te:
    print(te)
