import random
random.seed(3)
ba = bytearray(range(20))
for i in range(400):
    k = random.randint(-25, 25)
    op = random.randint(0, 7)
    t = bytearray(ba)
    try:
        if op == 0: t[k:k+3] = b'xyzw'[:random.randint(0, 4)]
        elif op == 1: del t[k::random.choice([1, 2, -1, -2, 3])]
        elif op == 2:
            st = random.choice([2, -2, 3])
            t[k::st] = bytes(len(t[k::st]) + random.choice([0, 0, 1]))
        elif op == 3: t.insert(k, k % 256)
        elif op == 4: t.pop(k)
        elif op == 5: t *= k % 3
        elif op == 6: t[k] = random.randint(-2, 257)
        else: del t[k]
        r = t
    except (ValueError, IndexError, TypeError) as e:
        r = (type(e).__name__, str(e))
    print(i, op, k, r)
