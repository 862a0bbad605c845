# repr, ==, hash and copying of structures nested too deep for the
# recursion limit raise RecursionError instead of crashing.
import copy

N = 200000

def nested_list():
    x = []
    for i in range(N):
        x = [x]
    return x

def nested_tuple():
    x = ()
    for i in range(N):
        x = (x,)
    return x

def nested_dict():
    x = {}
    for i in range(N):
        x = {1: x}
    return x

for name, make in [("list", nested_list), ("tuple", nested_tuple), ("dict", nested_dict)]:
    a = make()
    try:
        repr(a)
        print(name, "repr ok")
    except RecursionError:
        print(name, "repr RecursionError")
    b = make()
    try:
        a == b
        print(name, "eq ok")
    except RecursionError:
        print(name, "eq RecursionError")
    try:
        copy.deepcopy(a)
        print(name, "deepcopy ok")
    except RecursionError:
        print(name, "deepcopy RecursionError")
    del a, b

print("alive")
