# Timer handles waiting in the loop's heap, and the cycles they take part in.
import asyncio
import gc


class Marker:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("freed", self.name)


class Timeout:
    # Keeps the handle of a timer that calls its own method: a cycle.
    def __init__(self, loop, name, delay=3600):
        self.marker = Marker(name)
        self.handle = loop.call_later(delay, self.fire)

    def fire(self):
        print("fired", self.marker.name)


async def main():
    loop = asyncio.get_running_loop()
    gc.collect()

    # A cancelled timeout whose object is dropped: the cycle
    # object -> handle -> bound method -> object is garbage once the loop
    # lets go of the handle.
    t = Timeout(loop, "cancelled timeout")
    t.handle.cancel()
    del t
    for _ in range(3):
        await asyncio.sleep(0)
    print("collect 1:", gc.collect() > 0)

    # A pending timeout that nothing else holds stays alive: the loop holds
    # the handle, the handle holds the object.
    t = Timeout(loop, "pending timeout")
    del t
    print("collect 2:", gc.collect())

    # Many timers held by the loop alone, with collections in between.
    fired = []
    for i in range(3000):
        loop.call_later(0.001 * (i % 7), fired.append, i)
    gc.collect()
    await asyncio.sleep(0.02)
    print("fired:", len(fired), sum(fired))

    # A handle kept in a closure cell of its own callback, through the
    # heap: a cycle the collector must see once the handle is also held
    # elsewhere.
    def make():
        m = Marker("self-referencing timer")
        h = None

        def cb():
            print("cb", m.name, h is not None)

        h = loop.call_later(0.001, cb)
        return h

    make()
    gc.collect()
    await asyncio.sleep(0.01)
    print("collect 3:", gc.collect() > 0)

    # A timeout that fires keeps its callback (only cancel() drops it): the
    # object and its handle are a cycle once the loop has let go of it,
    # whether or not a collection saw the handle while it waited.
    t = Timeout(loop, "fired timeout", 0.001)
    del t
    await asyncio.sleep(0.01)
    print("collect 4:", gc.collect() > 0)

    t = Timeout(loop, "fired timeout, seen waiting", 0.001)
    del t
    gc.collect()
    await asyncio.sleep(0.01)
    print("collect 5:", gc.collect() > 0)
    print("done")


asyncio.run(main())
print("end")
