d = {}
for ch in "zyxwvu":
    d[ch] = ord(ch)
print(d)
del d["x"]
d["x"] = 0
print(list(d))
d["z"] = -1
print(list(d.items())[:2])
big = {i: i * i for i in range(50)}
for i in range(0, 50, 3):
    del big[i]
print(list(big)[:10], len(big))
for i in range(100, 110):
    big[i] = 0
print(list(big)[-5:])
h = {1: "int", 1.5: "float", "1": "str", (1,): "tuple", None: "none", True: "bool?"}
print(h)
