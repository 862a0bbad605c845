def documented(a, b):
    """Adds things."""
    return a + b
print(documented.__doc__, documented.__name__, documented.__qualname__, documented.__module__)
def nodoc():
    pass
print(nodoc.__doc__)
documented.custom = 5
print(documented.custom, documented.__dict__)
class C:
    def method(self):
        def inner():
            pass
        return inner
print(C.method.__qualname__, C().method().__qualname__, C.method.__name__)
print(callable(documented), callable(5), type(documented).__name__, type(C().method).__name__)
m = C().method
print(m.__func__ is C.method, m.__self__.__class__.__name__)
print(documented.__code__.co_name if hasattr(documented, "__code__") else "documented")
