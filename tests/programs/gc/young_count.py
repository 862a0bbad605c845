# The young count falls when any tracked container is freed, old or young.
import gc

class A:
    pass

keep = [A() for _ in range(100)]
gc.collect()
fresh = [A() for _ in range(300)]
c1 = gc.get_count()[0]
del keep
c2 = gc.get_count()[0]
print(c1 >= 300, c1 - c2 >= 99)

# A long-lived population replaced one for one makes no net growth:
# no young collection is due however long it runs.
pop = [A() for _ in range(1000)]
gc.collect()
before = gc.get_stats()[0]["collections"]
for r in range(20):
    for i in range(len(pop)):
        pop[i] = A()
after = gc.get_stats()[0]["collections"]
print(after - before)
