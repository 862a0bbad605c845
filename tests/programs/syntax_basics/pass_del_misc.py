def noop():
    pass
class Empty:
    pass
print(noop(), Empty.__name__)
lst = [1, 2, 3, 4]
del lst[0], lst[-1]
print(lst)
d = {"a": 1, "b": 2}
del d["a"]
print(d)
class H:
    pass
h = H()
h.x = 1
del h.x
print(hasattr(h, "x"))
x = 1
del x
print("x" in globals())
def docstring_only():
    "just a docstring"
print(docstring_only(), docstring_only.__doc__)
...
print(type(...).__name__)
