x = "global"
def outer():
    x = "enclosing"
    def inner():
        return x
    return inner()
print(outer(), x)
def uses_builtin():
    return len("abc")
len_backup = len
def shadow_builtin():
    len = lambda s: 42
    return len("abc")
print(uses_builtin(), shadow_builtin(), len("ab"))
def class_scope():
    y = 1
    class C:
        y = 2
        z = y
        def m(self):
            return y
    return C.z, C().m()
print(class_scope())
class K:
    a = 1
    b = a + 1
    def m(self):
        try:
            return a
        except NameError as e:
            return str(e)
print(K.b, K().m())
def deep():
    a = 1
    def l1():
        def l2():
            def l3():
                return a
            return l3()
        return l2()
    return l1()
print(deep())
for i in range(3):
    pass
print(i)
if True:
    block_var = "visible"
print(block_var)
try:
    raise ValueError
except ValueError as exc:
    pass
try:
    exc
except NameError as e:
    print(e)
