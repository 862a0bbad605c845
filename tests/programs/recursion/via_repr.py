# The message suffix CPython adds for native re-entry depends on where in the
# cycle the limit is hit, so these tests print the exception type and prefix.
class R:
    def __repr__(self):
        return repr(self)
try:
    repr(R())
except RecursionError as e:
    print("repr:", type(e).__name__, str(e).startswith("maximum recursion depth exceeded"))
class S:
    def __str__(self):
        return str(self)
try:
    print(S())
except RecursionError as e:
    print("str:", type(e).__name__, str(e).startswith("maximum recursion depth exceeded"))
l = [1]
l.append(l)
print(l)
d = {}
d["self"] = d
print(d)
print("done")
