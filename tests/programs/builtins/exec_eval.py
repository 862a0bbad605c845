print(eval("1 + 2 * 3"), eval("x * 2", {"x": 21}), eval("[i for i in range(3)]"), eval(" 5 "))
ns = {}
exec("a = 1\nb = a + 1\ndef f(): return a + b", ns)
print(ns["a"], ns["b"], ns["f"]())
g = {"v": 10}
l = {"v": 20}
print(eval("v", g, l), eval("v", g))
exec("w = v * 2", g, l)
print(l["w"], "w" in g)
y = 5
print(eval("y + 1"))
def scope():
    z = 3
    return eval("z * 2")
print(scope())
try:
    eval("1 +")
except SyntaxError as e:
    print("SyntaxError", e.msg)
try:
    eval("undefined_xyz")
except NameError as e:
    print(e)
try:
    exec("raise ValueError('from exec')")
except ValueError as e:
    print(e)
print(exec("1"), eval("None"))
code = compile("3 * 3", "<s>", "eval")
print(eval(code))
try:
    eval("x = 1")
except SyntaxError as e:
    print("SyntaxError", e.msg)
