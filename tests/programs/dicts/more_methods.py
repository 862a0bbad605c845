inventory = {"apples": 3, "pears": 0}
inventory.update(bananas=5)
inventory.setdefault("kiwis", 7)
print(inventory, sorted(inventory), sorted(inventory.values()), max(inventory, key=inventory.get))
print({k: v for k, v in inventory.items() if v}, dict(sorted(inventory.items(), key=lambda kv: kv[1])))
counts = {}
for w in "the cat and the hat and the bat".split():
    counts[w] = counts.get(w, 0) + 1
print(counts)
groups = {}
for w in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups.setdefault(w[0], []).append(w)
print(groups)
d = dict.fromkeys(range(3), "x")
print(d, d.pop(1), d, len(d), list(d.items()))
nested = {"a": {"b": {"c": 1}}}
print(nested["a"]["b"]["c"], nested.get("a", {}).get("z", "missing"))
copy = dict(nested)
copy["a"]["b"]["c"] = 2
print(nested)
print({1: "a"}.keys() | {2}, {1: "a"}.items() & {(1, "a")}, list({1: 2}.values()))
print(len({}), bool({}), {} == dict(), {1: 1} == {1: 1.0}, {"a": [1]} == {"a": [1]})
d2 = {"z": 1, "a": 2}
for k in list(d2):
    if k == "z":
        del d2[k]
print(d2, d2.__len__(), d2.__contains__("a"), d2.__getitem__("a"))
print(repr({"q": "it's"}), str({1: None}), {(1, 2): [3]}, {None: None})
