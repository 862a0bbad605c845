# Cycles that outlive a few young collections, made after a long stretch
# in which every object survived (the middle generation found nothing and
# is being skipped): they are still collected, and the live count stays
# bounded.
import gc

alive = 0
peak = 0

class Node:
    def __init__(self):
        global alive
        alive += 1
        self.me = self

    def __del__(self):
        global alive
        alive -= 1

keep = []
for i in range(40000):
    keep.append({"i": i, "l": [i]})

ring = [None] * 2000
for i in range(200000):
    ring[i % 2000] = Node()
    if alive > peak:
        peak = alive
ring = None
gc.collect()
# Without collections the peak would be 200000.
print(peak < 70000, alive, len(keep))
print(gc.garbage)
