# repr of generators, generator expressions and related objects (address masked).
def mask(r):
    i = r.find(" at 0x")
    if i < 0:
        return r
    j = r.find(">", i)
    return r[:i] + " at ADDR" + r[j:]

def gen():
    yield 1

class K:
    def m(self):
        yield

    def nest(self):
        def g():
            yield
        return g()

print(mask(repr(gen())))
print(mask(repr(K().m())))
print(mask(repr(K().nest())))
print(mask(repr((x for x in []))))
print(mask(str(gen())))
g = gen()
print(repr(g) == str(g), repr(g) == "<generator object gen at %s>" % hex(id(g)))
print(repr(g).startswith("<generator object gen at 0x"))
print(type(g), type(gen))
print(mask(repr(gen)))
print(mask(repr(g.gi_code)).split(",")[0])
g.__qualname__ = "Other"
print(mask(repr(g)))
