import asyncio
import sys


def show(label, f):
    try:
        f()
        print(label, "-> no exception")
    except BaseException as e:
        print(label, "->", repr(e))
        if e.__context__ is not None:
            print("   context:", repr(e.__context__))


def naked_match():
    try:
        raise ValueError(1)
    except* ValueError as eg:
        print("caught", repr(eg), type(eg).__name__, repr(eg.exceptions[0]))


def naked_no_match():
    try:
        raise KeyError("k")
    except* ValueError:
        print("not reached")


def naked_raise_new():
    try:
        raise ValueError(1)
    except* ValueError:
        raise TypeError("new")


def naked_bare_raise():
    try:
        raise ValueError(1)
    except* ValueError:
        raise


def partial():
    eg = ExceptionGroup("many", [ValueError(1), TypeError(2), ValueError(3), KeyError(4)])
    try:
        raise eg
    except* ValueError as e:
        print("values", repr(e))
    except* TypeError as e:
        print("types", repr(e))


def nested():
    inner = ExceptionGroup("inner", [ValueError("a"), OSError("b")])
    try:
        raise ExceptionGroup("outer", [inner, ValueError("c"), ZeroDivisionError()])
    except* ValueError as e:
        print("V", repr(e))
    except* OSError as e:
        print("O", repr(e))


def reraise_and_new():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2), KeyError(3)])
    except* ValueError:
        raise RuntimeError("from V")
    except* TypeError:
        raise
    except* KeyError:
        pass


def tuple_types():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2), KeyError(3)])
    except* (ValueError, TypeError) as e:
        print("tuple", repr(e))


def whole_group():
    eg = ExceptionGroup("g", [ValueError(1), TypeError(2)])
    try:
        raise eg
    except* Exception as e:
        print("whole is same object:", e is eg)


def first_clause_wins():
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError:
        print("first")
    except* ValueError:
        print("second (not reached)")


def else_finally():
    for exc in (None, ExceptionGroup("g", [ValueError(1)])):
        try:
            if exc:
                raise exc
            print("body ok")
        except* ValueError as e:
            print("handler", repr(e), repr(sys.exception()))
        else:
            print("else")
        finally:
            print("finally")
    print("name cleared:", "e" not in locals())
    print("handled after:", sys.exception())


def bad_type():
    try:
        raise ValueError(1)
    except* ExceptionGroup:
        pass


def bad_type_tuple():
    try:
        raise ValueError(1)
    except* (KeyError, BaseExceptionGroup):
        pass


def base_exceptions():
    try:
        raise BaseExceptionGroup("b", [KeyboardInterrupt(), ValueError(1)])
    except* KeyboardInterrupt as e:
        print("KI", repr(e), type(e).__name__)


def loops_inside():
    for i in range(3):
        try:
            raise ExceptionGroup("g", [ValueError(i)])
        except* ValueError:
            for j in range(10):
                if j == 1:
                    break
            print("i", i, "j", j)


def gen():
    try:
        yield 1
        raise ExceptionGroup("g", [ValueError("in gen"), TypeError("t")])
    except* ValueError as e:
        yield "handled " + str(e.exceptions[0])
    except* TypeError as e:
        yield "also " + str(e.exceptions[0])
    yield "end"


def syntax(src):
    try:
        compile(src, "<s>", "exec")
        print("compiled")
    except SyntaxError as e:
        print("SyntaxError:", e.msg)


show("naked_match", naked_match)
show("naked_no_match", naked_no_match)
show("naked_raise_new", naked_raise_new)
show("naked_bare_raise", naked_bare_raise)
show("partial", partial)
show("nested", nested)
show("reraise_and_new", reraise_and_new)
show("tuple_types", tuple_types)
show("whole_group", whole_group)
show("first_clause_wins", first_clause_wins)
show("else_finally", else_finally)
show("bad_type", bad_type)
show("bad_type_tuple", bad_type_tuple)
show("base_exceptions", base_exceptions)
show("loops_inside", loops_inside)
print(list(gen()))

syntax("try:\n    pass\nexcept* ValueError:\n    pass\nexcept KeyError:\n    pass\n")
syntax("for x in y:\n    try:\n        pass\n    except* ValueError:\n        break\n")
syntax("for x in y:\n    try:\n        pass\n    except* ValueError:\n        continue\n")
syntax("def f():\n    try:\n        pass\n    except* ValueError:\n        return 1\n")
syntax("def f():\n    try:\n        pass\n    except* ValueError:\n        def g():\n            return 1\n        for x in y:\n            continue\n")


async def main():
    async def fail(delay, exc):
        await asyncio.sleep(delay)
        raise exc

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(0.01, ValueError("v")))
            tg.create_task(fail(0.02, KeyError("k")))
            tg.create_task(asyncio.sleep(1))
    except* ValueError as e:
        print("taskgroup V", repr(e))
    except* KeyError as e:
        print("taskgroup K", repr(e))

    try:
        try:
            async with asyncio.TaskGroup() as tg:
                tg.create_task(fail(0.01, OSError("os")))
        except* ValueError:
            print("not reached")
    except ExceptionGroup as e:
        print("passed through", repr(e))


asyncio.run(main())

try:
    raise ExceptionGroup("final", [ValueError("x"), TypeError("y")])
except* ValueError:
    print("handled the ValueError; TypeError escapes")
