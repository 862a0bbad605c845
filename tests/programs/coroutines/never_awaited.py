import gc
async def f():
    return 1

print("creating")
c = f()
del c
gc.collect()
print("done")
