# Task.get_stack() and print_stack().
import asyncio, io

async def leaf():
    await asyncio.sleep(1)

async def middle():
    await leaf()

def base(s):
    # reduce every "DIR/NAME.py" to "NAME.py" (paths differ between runs)
    out = []
    for word in s.split(" "):
        if ".py" in word and "/" in word:
            word = word[word.rfind("/") + 1:]
        out.append(word)
    return " ".join(out)

def fmt_frames(frames):
    return [(f.f_code.co_name, f.f_lineno) for f in frames]

async def main():
    t = asyncio.create_task(middle())
    print("before start:", fmt_frames(t.get_stack()))
    await asyncio.sleep(0)
    print("suspended:", fmt_frames(t.get_stack()))
    print("limit 1:", fmt_frames(t.get_stack(limit=1)))
    buf = io.StringIO()
    t.print_stack(file=buf)
    text = buf.getvalue()
    for line in text.splitlines():
        if line.startswith("  File"):
            line = line[:8] + "FILE" + line[line.find('",'):]
        print(repr(base(line)))
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        pass
    print("cancelled:", fmt_frames(t.get_stack()))
    buf = io.StringIO()
    t.print_stack(file=buf)
    print(repr(base(buf.getvalue().splitlines()[0])))

    async def fails():
        await asyncio.sleep(0)
        raise ValueError("in task")
    f = asyncio.create_task(fails())
    try:
        await f
    except ValueError:
        pass
    print("failed:", fmt_frames(f.get_stack())[-1:])
    buf = io.StringIO()
    f.print_stack(file=buf)
    lines = buf.getvalue().splitlines()
    print(repr(base(lines[0])))
    for line in lines[-3:]:
        if line.startswith("  File"):
            line = line[:8] + "FILE" + line[line.find('",'):]
        print(repr(line))

    done = asyncio.create_task(asyncio.sleep(0))
    await done
    print("done:", fmt_frames(done.get_stack()))
    buf = io.StringIO()
    done.print_stack(file=buf)
    print(repr(buf.getvalue()[:buf.getvalue().find(" coro=")]))

asyncio.run(main())
