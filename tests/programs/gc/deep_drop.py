# Structures nested a million deep are freed without exhausting the stack.
import gc

N = 1000000

x = None
for i in range(N):
    x = [x]
x = None
print("list")

x = ()
for i in range(N):
    x = (x,)
x = None
print("tuple")

x = {}
for i in range(N):
    x = {"k": x}
x = None
print("dict")

class Node:
    pass

x = None
for i in range(N):
    n = Node()
    n.next = x
    x = n
n = x = None
print("instance")

def chain(inner):
    yield from inner

g = iter([1])
for i in range(N):
    g = chain(g)
g = None
print("generator chain")

x = []
head = x
for i in range(N):
    y = [None]
    x.append(y)
    x = y
x.append(head)
head = x = y = None
print("cycle", gc.collect())
