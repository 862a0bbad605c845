# One-character patterns take a faster search path; results must not change,
# including on non-ASCII text, at the ends, and with maxsplit/start/end.
texts = ["a,b,,c,", ",", "", "héllo,wörld,ü", "ééé", "x", ",,,", "no commas here", "a é b é c"]
for t in texts:
    print(repr(t))
    print(" split", t.split(","), t.split(",", 1), t.split(",", 0), t.split(",", -1))
    print(" rsplit", t.rsplit(","), t.rsplit(",", 1))
    print(" find", t.find(","), t.rfind(","), t.find(",", 2), t.find(",", 1, 3), t.rfind(",", 0, 2))
    print(" count", t.count(","), t.count(",", 1), t.count(",", 1, -1), t.count("é"))
    print(" replace", t.replace(",", ";"), t.replace(",", "", 1), t.replace(",", "--"))
    print(" in", "," in t, "é" in t, "z" in t)
    print(" index", t.index(",") if "," in t else None, t.rindex(",") if "," in t else None)
print("a b  c".split(" "), " a ".split(" "), "é é".split(" "))
print("x".join("abc".split("b")))
try:
    "abc".split("")
except ValueError as e:
    print("ValueError", e)
try:
    "abc".index(",")
except ValueError as e:
    print("ValueError", e)
