from contextlib import contextmanager, suppress, closing, nullcontext, ExitStack, redirect_stdout, asynccontextmanager, AsyncExitStack
import io, sys

@contextmanager
def tag(name):
    print("<" + name + ">")
    try:
        yield name.upper()
    finally:
        print("</" + name + ">")

with tag("b") as t:
    print("inside", t)

try:
    with tag("x"):
        raise ValueError("boom")
except ValueError as e:
    print("caught", e)

@contextmanager
def swallow():
    try:
        yield
    except KeyError as e:
        print("swallowed", repr(e))

with swallow():
    raise KeyError("k")
print("after swallow")

@contextmanager
def noyield():
    if False:
        yield
try:
    with noyield():
        pass
except RuntimeError as e:
    print("RuntimeError", e)

@contextmanager
def twice():
    yield 1
    yield 2
try:
    with twice():
        pass
except RuntimeError as e:
    print("RuntimeError", e)

@tag("deco")
def decorated():
    print("in decorated")
decorated()

with suppress(ZeroDivisionError, KeyError):
    1 / 0
print("suppressed")
try:
    with suppress(KeyError):
        raise IndexError("not suppressed")
except IndexError as e:
    print("IndexError", e)

class Res:
    def close(self): print("closed")
with closing(Res()) as r:
    print(type(r).__name__)
with nullcontext(5) as v:
    print("null", v)

with ExitStack() as stack:
    for n in "abc":
        stack.enter_context(tag(n))
    stack.callback(print, "callback ran")
    print("body")

def cleanup_fail(*exc):
    raise RuntimeError("cleanup")
try:
    with ExitStack() as stack:
        stack.push(cleanup_fail)
        raise ValueError("original")
except RuntimeError as e:
    print("RuntimeError", e, "context:", repr(e.__context__))

with ExitStack() as stack:
    stack.push(lambda *exc: True)
    raise KeyError("suppressed by stack")
print("stack suppressed")

s = ExitStack()
s.callback(print, "deferred")
s2 = s.pop_all()
s.close()
print("popped")
s2.close()

buf = io.StringIO()
with redirect_stdout(buf):
    print("captured", 1, 2)
    print("line2")
print(repr(buf.getvalue()))

f = io.StringIO("one\ntwo\nthree")
print(f.readline(), f.read(3), f.read(), repr(f.read()), f.tell())
f.seek(0); print(list(f), f.getvalue().upper())
g = io.StringIO(); g.write("abc"); g.seek(1); g.write("Z"); print(g.getvalue(), g.tell(), g.truncate(2), g.getvalue())
with io.StringIO("x\ny\n") as h:
    print(h.readlines())
print(h.closed)
try:
    h.read()
except ValueError as e:
    print("ValueError", e)
b = io.BytesIO(b"hello\nworld"); print(b.readline(), b.read(), b.getvalue()); b.write(b"!"); print(b.getvalue())
print("x", file=buf); print(repr(buf.getvalue()))

@asynccontextmanager
async def acm(n):
    print("enter", n)
    yield n * 2
    print("exit", n)
async def main():
    async with acm(3) as v:
        print("value", v)
    async with AsyncExitStack() as st:
        v = await st.enter_async_context(acm(5))
        st.callback(print, "sync cb")
        print("stack value", v)
c = main()
try:
    c.send(None)
except StopIteration:
    print("main done")
