# Mapping patterns: which subjects are mappings, get-style lookups, **rest.
import collections
import collections.abc
import types


def mp(x):
    match x:
        case {"action": "move", "to": (x_, y_)}:
            return f"move to {x_},{y_}"
        case {"action": "say", "text": str(text), **rest}:
            return f"say {text!r} extra={rest}"
        case {"action": action}:
            return f"unknown action {action!r}"
        case {}:
            return "some mapping"
        case _:
            return "not a mapping"


for v in [{"action": "move", "to": (1, 2)},
          {"action": "say", "text": "hi"},
          {"action": "say", "text": "hi", "loud": True, 1: 2},
          {"action": "say", "text": 5},
          {"action": "jump", "height": 3},
          {},
          {"other": 1},
          collections.OrderedDict(action="stop"),
          collections.defaultdict(int, action="dd"),
          collections.Counter(action=3),
          [("action", "x")],
          "action",
          None]:
    print(type(v).__name__, "->", mp(v))
print("mappingproxy ->", mp(types.MappingProxyType({"action": "proxy"})))


class Tracing(collections.abc.Mapping):
    def __init__(self, d):
        self.d = d

    def __getitem__(self, k):
        print("  getitem", repr(k))
        return self.d[k]

    def __iter__(self):
        print("  iter")
        return iter(self.d)

    def __len__(self):
        print("  len")
        return len(self.d)

    def get(self, k, default=None):
        print("  get", repr(k))
        return self.d.get(k, default)


print("tracing:")
match Tracing({"a": 1, "b": 2, "c": 3}):
    case {"a": 1, "b": b, **rest}:
        print("matched", b, rest)
print("too short:")
match Tracing({"a": 1}):
    case {"a": _, "b": _}:
        print("no")
    case {**everything}:
        print("everything", everything)


class K:
    one = 1
    also_one = 1


try:
    match {1: "x"}:
        case {K.one: _, K.also_one: _}:
            print("no")
except ValueError as e:
    print("ValueError", e)
match {1: "x", 2: "y"}:
    case {K.one: v}:
        print("value key", v)

# A dict subclass's own get is not bypassed.
class Loud(dict):
    def get(self, k, default=None):
        print("  Loud.get", k)
        return super().get(k, default)


match Loud(a=1):
    case {"a": 1}:
        print("Loud matched")

# A missing key in a defaultdict does not create it.
dd = collections.defaultdict(list)
match dd:
    case {"missing": _}:
        print("no")
    case _:
        print("defaultdict keys after match:", list(dd))

# Nested mapping and sequence patterns.
config = {"servers": [{"host": "a", "port": 80}, {"host": "b"}], "debug": True}
match config:
    case {"servers": [{"host": h1, "port": p1}, {"host": h2}], "debug": True as dbg}:
        print(h1, p1, h2, dbg)

# The rest dict is a new dict.
src = {"x": 1, "y": 2}
match src:
    case {"x": _, **others}:
        others["z"] = 3
        print(src, others)

try:
    match {"a": 1}:
        case {"a": 1, **rest} if rest["nope"]:
            pass
except KeyError as e:
    print("KeyError in guard", e)
