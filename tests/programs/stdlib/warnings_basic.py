import warnings, sys, io
def old():
    warnings.warn("old is deprecated", DeprecationWarning, stacklevel=2)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.warn("first")
    warnings.warn("second", RuntimeWarning)
    old()
    warnings.warn(UserWarning("as instance"))
print(len(w), [str(x.message) for x in w], [x.category.__name__ for x in w], [x.lineno for x in w])
print(w[2].filename == __file__, w[0].lineno)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("default")
    for i in range(3):
        warnings.warn("repeated")
    warnings.simplefilter("ignore", UserWarning)
    warnings.warn("ignored")
    warnings.warn("not ignored", FutureWarning)
print([str(x.message) for x in w])
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("boom", RuntimeWarning)
    except RuntimeWarning as e:
        print("raised", type(e).__name__, e)
with warnings.catch_warnings(record=True) as w:
    warnings.filterwarnings("ignore", message="skip")
    warnings.warn("skip me")
    warnings.warn("keep me")
print([str(x.message) for x in w])
print(warnings.formatwarning("msg", UserWarning, "f.py", 3, "line()"), end="")
buf = io.StringIO()
with warnings.catch_warnings():
    warnings.simplefilter("always")
    old_show = warnings.showwarning
    warnings.showwarning = lambda m, c, f, l, file=None, line=None: buf.write("%s:%s\n" % (c.__name__, m))
    warnings.warn("shown")
    warnings.showwarning = old_show
print(repr(buf.getvalue()))
for bad in [lambda: warnings.simplefilter("bogus"), lambda: warnings.warn("x", int)]:
    try:
        bad()
    except (AssertionError, TypeError) as e:
        print(type(e).__name__, e)
import weakref
class Obj: pass
o = Obj()
r = weakref.ref(o)
print(r() is o, weakref.proxy(o) is o or True)
d = weakref.WeakValueDictionary(); d["k"] = o; print(d["k"] is o, len(d))
f = weakref.finalize(o, print, "finalized"); f(); f(); print(f.alive)
print("done")
