# A loop dropped without close() while the program still holds one of its
# timer handles, which is in a cycle: the cycle is found by the collector.
import asyncio, gc


class Marker:
    def __del__(self):
        print("freed marker")


class Holder:
    pass


def make(loop):
    h = Holder()
    h.m = Marker()
    h.handle = loop.call_later(3600, lambda: h)


loop = asyncio.new_event_loop()
make(loop)
loop.close()
print("after close")
print("collect:", gc.collect() > 0)

loop = asyncio.new_event_loop()
make(loop)
del loop
print("after del")
gc.collect()
print("end")
