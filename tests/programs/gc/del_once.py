import gc

class Noisy:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)

a = Noisy("plain")
del a
print("after plain")

a = Noisy("cyc1")
b = Noisy("cyc2")
a.b = b
b.a = a
del a, b
print("collected", gc.collect())
print("after cycle")

saved = []

class Phoenix:
    def __del__(self):
        print("phoenix del")
        saved.append(self)

p = Phoenix()
p.me = p
del p
gc.collect()
print("resurrected", len(saved), type(saved[0]).__name__)
q = saved.pop()
del q
gc.collect()
print("no second del")

class Bad:
    def __del__(self):
        raise ValueError("boom")

b = Bad()
del b
print("still running")
print(gc.garbage)
