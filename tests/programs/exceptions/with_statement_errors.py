class Tracker:
    def __init__(self, name, fail_enter=False, fail_exit=False, suppress=False):
        self.name, self.fail_enter, self.fail_exit, self.suppress = name, fail_enter, fail_exit, suppress
    def __enter__(self):
        print("enter", self.name)
        if self.fail_enter:
            raise RuntimeError("enter failed " + self.name)
        return self
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et and et.__name__)
        if self.fail_exit:
            raise KeyError("exit failed " + self.name)
        return self.suppress
try:
    with Tracker("a"), Tracker("b", fail_enter=True):
        print("never")
except RuntimeError as e:
    print("caught", e)
try:
    with Tracker("c", fail_exit=True):
        raise ValueError("body")
except KeyError as e:
    print("caught", repr(e), repr(e.__context__))
with Tracker("outer", suppress=True):
    with Tracker("inner"):
        raise IndexError("deep")
print("after suppression")
def gen():
    with Tracker("in function"):
        return "value"
print(gen())
class ExitReturnsTruthy:
    def __enter__(self): return 1
    def __exit__(self, *a): return "yes"
with ExitReturnsTruthy() as v:
    raise ValueError
print("suppressed by truthy", v)
class NoExit:
    def __enter__(self): return self
try:
    with NoExit():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
