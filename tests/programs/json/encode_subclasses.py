# Subclasses of str/int/float/list/tuple/dict and enums encode as their
# built-in values (int.__repr__/float.__repr__, never their own __repr__).
import json
from enum import Enum, IntEnum


class MyInt(int):
    def __repr__(self):
        return "MyInt!"
    __str__ = __repr__


class MyFloat(float):
    def __repr__(self):
        return "MyFloat!"


class MyStr(str):
    def __str__(self):
        return "other"


class MyList(list):
    pass


class MyTuple(tuple):
    pass


class MyDict(dict):
    pass


class Color(IntEnum):
    RED = 1
    GREEN = 2


class Mood(str, Enum):
    HAPPY = "happy"
    SAD = "sad"


class Plain(Enum):
    A = 1


vals = [MyInt(5), MyFloat(2.5), MyStr("text"), MyList([1, MyInt(2)]), MyTuple((3, 4)),
        MyDict(a=1, b=MyList()), Color.GREEN, Mood.SAD, [Color.RED, Mood.HAPPY],
        MyFloat("nan"), MyInt(-(10 ** 20))]
for v in vals:
    print(json.dumps(v), json.dumps([v], indent=1))
keys = {MyInt(7): "i", MyFloat(1.5): "f", MyStr("s"): "s", Color.RED: "c", Mood.HAPPY: "m"}
print(json.dumps(keys))
print(json.dumps(keys, indent=0))
try:
    json.dumps(Plain.A)
except TypeError as e:
    print("TypeError", e)
try:
    json.dumps({Plain.A: 1})
except TypeError as e:
    print("TypeError", e)
print(json.dumps({Plain.A: 1}, skipkeys=True))
print(json.dumps(Plain.A, default=lambda e: e.name))
print(json.dumps(MyDict(z=1, y=2), sort_keys=True), json.dumps(MyList(), indent=2), json.dumps(MyDict()))
print(json.loads(json.dumps({"n": Color.GREEN, "m": Mood.SAD})))
import collections
OD = collections.OrderedDict([("b", 1), ("a", 2)])
print(json.dumps(OD), json.dumps(OD, sort_keys=True))
print(json.dumps(collections.defaultdict(list, {"x": [1]})))
print(json.dumps(collections.namedtuple("P", "x y")(1, 2)))
print(json.dumps([True, False, MyInt(0)]))
