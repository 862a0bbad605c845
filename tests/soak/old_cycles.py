# Cycles that live long enough to be promoted to the oldest generation
# before they become garbage: a batch of linked pairs is held while four
# newer batches are made, then dropped. Reference counting never frees
# them; only a collection of the oldest generation does.


class Node:
    pass


def make(n):
    out = []
    for i in range(n):
        a = Node()
        b = Node()
        a.other = b
        b.other = a
        out.append(a)
    return out


def peak_kb():
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    return 0


ROUNDS = 300
keep = []
first_peak = 0
for r in range(ROUNDS):
    keep.append(make(5000))
    if len(keep) > 4:
        keep.pop(0)
    if r == ROUNDS // 10:
        first_peak = peak_kb()
print("rounds", ROUNDS)
print("peak_kb_first", first_peak)
print("peak_kb_end", peak_kb())
