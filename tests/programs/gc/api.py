import gc

print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
print(gc.get_threshold())
gc.set_threshold(500, 5, 5)
print(gc.get_threshold())
gc.set_threshold(700)
print(gc.get_threshold())
gc.set_threshold(700, 10, 10)
print(type(gc.get_count()), len(gc.get_count()))
print(gc.garbage)
for bad in ["x", 1.5]:
    try:
        gc.collect(bad)
    except TypeError as e:
        print("TypeError", e)
for gen in [3, -1, 99]:
    try:
        gc.collect(gen)
    except ValueError as e:
        print("ValueError", e)
for g in (0, 1, 2):
    print(g, gc.collect(g) >= 0)
try:
    gc.set_threshold()
except TypeError as e:
    print("TypeError", e)
try:
    gc.set_threshold(1, 2, 3, 4)
except TypeError as e:
    print("TypeError", e)
print(gc.is_tracked(1), gc.is_tracked("s"), gc.is_tracked([]), gc.is_tracked({}))
print(gc.is_tracked({"a": []}), gc.is_tracked((1, 2)), gc.is_tracked(([],)))

class C:
    pass

print(gc.is_tracked(C()), gc.is_tracked(C))
stats = gc.get_stats()
print(len(stats), sorted(stats[0].keys()))
x = [1, 2]
y = [x]
print(x in gc.get_referents(y))
print(any(r is y for r in gc.get_referrers(x)))
print(gc.DEBUG_SAVEALL, gc.DEBUG_LEAK, gc.get_debug())
gc.collect()
gc.freeze()
print(gc.get_freeze_count() > 0)
gc.unfreeze()
print(gc.get_freeze_count())
calls = []
def cb(phase, info):
    calls.append((phase, sorted(info)))
gc.callbacks.append(cb)
gc.collect()
gc.callbacks.remove(cb)
print(calls)
print(gc.garbage)
