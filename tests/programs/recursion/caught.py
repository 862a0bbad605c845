def f(n):
    return f(n + 1)
try:
    f(0)
except RecursionError as e:
    print("RecursionError:", e)
print("still alive", isinstance(RecursionError(), RuntimeError))
def g():
    try:
        return g()
    except RecursionError:
        return "bottom"
print(g())
def mutual_a(n):
    return mutual_b(n + 1)
def mutual_b(n):
    return mutual_a(n + 1)
try:
    mutual_a(0)
except RecursionError as e:
    print("mutual:", e)
