# The cycle collector sees references held in slots: cycles through slots
# are found (counts as CPython 3.11 reports them), finalizers run, and a
# very long chain of slotted nodes is freed without deep recursion.
import gc

gc.collect()
gc.disable()


class Node:
    __slots__ = ("next", "data")


class Fin:
    __slots__ = ("peer", "name")

    def __del__(self):
        print("del", self.name)


a, b = Node(), Node()
a.next, b.next = b, a
a.data = [a]
del a, b
print("pair", gc.collect())

f, g = Fin(), Fin()
f.name, g.name = "f", "g"
f.peer, g.peer = g, f
del f, g
print("finalizers", gc.collect())


class Both:
    __slots__ = ("s", "__dict__")


x = Both()
x.s = x
x.d = {"x": x}
del x
print("slot and dict", gc.collect())

head = None
for i in range(200000):
    n = Node()
    n.next = head
    n.data = i
    head = n
print(head.data, head.next.data)
del head, n
print("chain", gc.collect())
gc.enable()
