def f():
    try:
        raise ValueError("a")
    except ValueError:
        try:
            raise TypeError("b")
        except TypeError as e:
            print("inner", repr(e.__context__))
        print("back in outer handler")
        import sys
        print(sys.exc_info()[0].__name__)
f()
try:
    try:
        raise KeyError(1)
    except KeyError:
        raise IndexError(2)
    finally:
        print("finally runs")
except IndexError as e:
    print(repr(e), repr(e.__context__))
def gen_err():
    try:
        yield 1
        raise ValueError("in gen")
    except ValueError as e:
        yield "caught " + str(e)
print(list(gen_err()))
