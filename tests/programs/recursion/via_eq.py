# The message suffix CPython adds for native re-entry depends on where in the
# cycle the limit is hit, so these tests print the exception type and prefix.
class E:
    def __eq__(self, other):
        return self == other
try:
    E() == E()
except RecursionError as e:
    print("eq:", type(e).__name__, str(e).startswith("maximum recursion depth exceeded"))
class H:
    def __hash__(self):
        return hash(self)
try:
    {H(): 1}
except RecursionError as e:
    print("hash:", type(e).__name__, str(e).startswith("maximum recursion depth exceeded"))
class L:
    def __lt__(self, other):
        return self < other
try:
    sorted([L(), L()])
except RecursionError as e:
    print("lt:", type(e).__name__, str(e).startswith("maximum recursion depth exceeded"))
print("done")
