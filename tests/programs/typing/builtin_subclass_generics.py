class MyList(list):
    pass
class MyDict(dict):
    pass
class MyTup(tuple):
    pass
class M(type):
    pass
print(MyList[int], MyDict[str, int], MyTup[int, ...], list.__class_getitem__(int))
try:
    M[int]
except TypeError as e:
    print("TypeError:", e)
print(MyList[int]([1]), type(MyList[int]([1])))
print(dict.__class_getitem__((str, int)), type[int], hasattr(type, "__class_getitem__"))
print(hasattr(int, "__class_getitem__"), hasattr(list, "__class_getitem__"))
import collections
class MyDeque(collections.deque):
    pass
print(MyDeque[int])
