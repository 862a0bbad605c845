d = {"a": 1, "b": 2, "c": 3}
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i)
d["d"] = 4
print(len(k), list(k), list(v), list(i))
print("a" in k, 2 in v, ("a", 1) in i, ("a", 2) in i)
print(k & {"a", "z"}, sorted(k | {"z"}), sorted(k - {"a"}), k == {"a", "b", "c", "d"})
print(sorted(d.items(), key=lambda kv: -kv[1]))
for key, val in d.items():
    print(key, val, end="; ")
print()
print(list(reversed(d)), list(reversed(d.values())) if hasattr(dict, "__reversed__") else "")
print(type(k).__name__, type(v).__name__, type(i).__name__)
print(dict(i), {x: y for x, y in i})
