d = {"b": 1, "a": 2}
d["c"] = 3
d["b"] = 10
print(d, len(d), d["a"], "a" in d, "z" not in d, list(d))
del d["a"]
print(d)
d["a"] = 5
print(d, list(d.keys()), list(d.values()), list(d.items()))
print(d.get("a"), d.get("zz"), d.get("zz", 0), d.pop("a"), d.pop("zz", "dflt"), d)
print(d.setdefault("b", 99), d.setdefault("new", []), d)
d.update({"x": 1}, y=2)
d.update([("z", 3)])
print(d)
print(d.popitem(), d)
e = d.copy(); e["only"] = 1
print(d == e, "only" in d)
d.clear(); print(d)
print(dict(a=1, b=2), dict([(1, 2)]), dict({1: 2}, c=3), dict.fromkeys("ab"), dict.fromkeys([1, 2], 0), dict(zip("ab", range(2))))
print({1: "a"} == {1: "a"}, {1: 2} != {1: 3}, {1: 1, 2: 2} == {2: 2, 1: 1})
print({**{"a": 1}, "b": 2, **{"a": 3}})
print({1: 2} | {3: 4}, {1: 2} | {1: 5})
f = {1: 1}
f |= {2: 2}
print(f)
