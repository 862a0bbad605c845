# The message suffix CPython adds for native re-entry depends on where in the
# cycle the limit is hit, so these tests print the exception type and prefix.
def key(x):
    return sorted([x, x], key=key)
try:
    sorted([1, 2], key=key)
except RecursionError as e:
    print("key:", type(e).__name__, str(e).startswith("maximum recursion depth exceeded"))
def deep_map(n):
    return list(map(deep_map, [n + 1]))
try:
    deep_map(0)
except RecursionError as e:
    print("map:", type(e).__name__, str(e).startswith("maximum recursion depth exceeded"))
class G:
    def __getattr__(self, name):
        return getattr(self, name)
try:
    G().x
except RecursionError as e:
    print("getattr:", type(e).__name__, str(e).startswith("maximum recursion depth exceeded"))
class I:
    def __iter__(self):
        return iter(I())
try:
    list(I())
except RecursionError as e:
    print("iter:", type(e).__name__, str(e).startswith("maximum recursion depth exceeded"))
print("done")
