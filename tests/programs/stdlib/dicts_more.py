from collections import defaultdict, OrderedDict, ChainMap
d = defaultdict(list)
for k, v in [("a", 1), ("b", 2), ("a", 3)]:
    d[k].append(v)
print(d, d["a"], "c" in d, d.default_factory)
print(dict(d), len(d), d.get("zz"), "zz" in d)
n = defaultdict(int)
for ch in "banana":
    n[ch] += 1
print(n, sorted(n.items()))
nd = defaultdict()
try:
    nd["missing"]
except KeyError as e:
    print("KeyError", e)
cp = n.copy(); cp["z"] += 5; print(type(cp).__name__, cp["z"], "z" in n)
nested = defaultdict(lambda: defaultdict(int))
nested["x"]["y"] += 2
print(nested["x"]["y"], isinstance(nested, dict))
print(defaultdict(list, {"k": [1]}) | {"j": [2]})
o = OrderedDict()
o["b"] = 1; o["a"] = 2; o["c"] = 3
print(o, list(o), list(o.keys()))
o.move_to_end("b"); print(o)
o.move_to_end("c", last=False); print(o)
print(o.popitem(), o.popitem(last=False), o)
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) == {"b": 2, "a": 1})
print(list(reversed(OrderedDict.fromkeys("xyz"))))
try:
    OrderedDict().popitem()
except KeyError as e:
    print("KeyError", e)
cm = ChainMap({"a": 1}, {"a": 2, "b": 3})
print(cm["a"], cm["b"], len(cm), sorted(cm), "b" in cm, cm.get("z", 0))
cm["c"] = 4; print(cm.maps[0], cm)
child = cm.new_child({"a": 100}); print(child["a"], child.parents["a"], dict(child) == {"a": 100, "b": 3, "c": 4})
try:
    del cm["b"]
except KeyError as e:
    print("KeyError", e)
