# asyncio.TaskGroup and ExceptionGroup.
import asyncio

async def val(v, delay=0):
    await asyncio.sleep(delay)
    return v

async def fail(exc, delay=0):
    await asyncio.sleep(delay)
    raise exc

async def slow(tag):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print(tag, "cancelled by group")
        raise

async def main():
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(val(1, 0.01))
        t2 = tg.create_task(val(2), name="second")
        print("inside:", t1.done(), t2.get_name())
    print("results:", t1.result(), t2.result())

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(slow("s1"))
            tg.create_task(fail(ValueError("v1"), 0.01))
            tg.create_task(slow("s2"))
    except ExceptionGroup as eg:
        print("caught:", repr(eg), eg.message)
        print([repr(e) for e in eg.exceptions])

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(ValueError("a")))
            tg.create_task(fail(TypeError("b")))
    except ExceptionGroup as eg:
        v, rest = eg.split(ValueError)
        print("ValueError part", [str(e) for e in v.exceptions])
        print("rest", [str(e) for e in rest.exceptions])

    # the body raising cancels children
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(slow("child"))
            await asyncio.sleep(0)
            raise KeyError("body")
    except BaseExceptionGroup as eg:
        print("body error:", [repr(e) for e in eg.exceptions])

    # create_task after exit
    try:
        tg.create_task(val(1))
    except RuntimeError as e:
        print("RuntimeError:", str(e).split(" ")[0], str(e).split(" ")[-1])
    # not entered
    tg2 = asyncio.TaskGroup()
    coro = val(1)
    try:
        tg2.create_task(coro)
    except RuntimeError as e:
        print("RuntimeError:", str(e).split(" ")[-2:])
    coro.close()

    # repr
    tg3 = asyncio.TaskGroup()
    print(repr(tg3))
    async with tg3:
        print(repr(tg3))
    print(repr(tg3))

    # ExceptionGroup API
    eg = ExceptionGroup("msg", [ValueError(1), TypeError(2), ExceptionGroup("inner", [ValueError(3)])])
    print(repr(eg))
    print(str(eg))
    match, rest = eg.split(ValueError)
    print(repr(match), repr(rest))
    print(repr(eg.subgroup(TypeError)))
    print(repr(eg.subgroup(OSError)))
    print(issubclass(ExceptionGroup, Exception), issubclass(BaseExceptionGroup, BaseException))
    print(type(BaseExceptionGroup("x", [ValueError()])).__name__)
    print(type(BaseExceptionGroup("x", [KeyboardInterrupt()])).__name__)
    for bad in [lambda: ExceptionGroup("m", []), lambda: ExceptionGroup("m", [1]),
                lambda: ExceptionGroup(1, [ValueError()]), lambda: ExceptionGroup("m", ValueError())]:
        try:
            bad()
        except (TypeError, ValueError) as e:
            print(type(e).__name__ + ":", e)

asyncio.run(main())
