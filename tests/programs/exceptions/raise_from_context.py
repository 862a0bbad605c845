try:
    try:
        {}["missing"]
    except KeyError as ke:
        raise ValueError("converted") from ke
except ValueError as e:
    print(repr(e), repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError("during")
except RuntimeError as e:
    print(repr(e.__context__), e.__cause__, e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError("nofrom") from None
except RuntimeError as e:
    print(repr(e.__context__), e.__cause__, e.__suppress_context__)
def reraise():
    try:
        raise KeyError("orig")
    except KeyError:
        print("handling")
        raise
try:
    reraise()
except KeyError as e:
    print("re-raised", repr(e))
try:
    raise
except RuntimeError as e:
    print(e)
try:
    raise ValueError("x") from 5
except TypeError as e:
    print(e)
e1 = ValueError("a")
e2 = TypeError("b")
try:
    raise e2 from e1
except TypeError as t:
    print(t.__cause__ is e1)
try:
    try:
        raise ValueError("first")
    finally:
        print("finally with pending")
except ValueError as e:
    print("got", e)
import sys
try:
    raise IndexError("info")
except IndexError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb is not None)
print(sys.exc_info())
