# Function calls: positional, keyword, starred, double-starred; method calls
# on an instance, on a module and through a class.
import math


def f(a, b=2, *args, c, **kw):
    return a + b


f(1, c=3)
f(1, 2, 3, c=4, d=5)
f(*[1, 2], **{"c": 3})
print(math.floor(2.5))
s = "a,b"
s.split(",")
s.split(sep=",")
str.upper(s)
