import contextvars
from contextvars import Context, ContextVar, Token, copy_context
import re


def r(x):
    return re.sub(r"0x[0-9a-f]+", "0x...", repr(x))


a = ContextVar("a", default=1)
b = ContextVar("b")
print(r(a), r(b), a.name, a.get(), b.get(None))
t = a.set(2)
print(r(t), t.var is a, t.old_value, r(Token.MISSING))
t2 = b.set("x")
print(t2.old_value is Token.MISSING)
a.reset(t)
print(r(t), a.get())
b.reset(t2)
print(b.get("gone"))
tb = b.set(5)
try:
    a.reset(tb)
except ValueError as e:
    print("ValueError", r(e))
ctx = copy_context()


def other():
    try:
        b.reset(tb)
    except ValueError as e:
        print("ValueError", r(e))
    return b.get()


print(ctx.run(other))
try:
    a.reset("nope")
except TypeError as e:
    print("TypeError", e)

c = Context()
print(len(c), list(c), c.get(a), a in c)
c.run(a.set, 10)
print(c[a], dict(c.items()) == {a: 10}, list(c.values()), a.get())
print(isinstance(copy_context(), Context), copy_context() == copy_context())
for bad in (lambda: ContextVar("x").get(1, 2), lambda: hash(Context())):
    try:
        bad()
    except TypeError as e:
        print("TypeError")
try:
    class Sub(ContextVar):
        pass
except TypeError as e:
    print("TypeError")
