# At exit, objects kept alive only by module globals are finalized.
class Res:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

def gen(name):
    try:
        yield
    finally:
        print("gen closed", name)

a = Res("a")
b = Res("b")
c = Res("c")
c.me = c
g = gen("g")
next(g)
print("end of script")
