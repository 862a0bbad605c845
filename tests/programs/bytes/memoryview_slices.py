import random
random.seed(11)
ba = bytearray(range(32))
mv = memoryview(ba)
for i in range(180):
    a, b, c = random.randint(-40, 40), random.randint(-40, 40), random.choice([None, 1, 2, -1, -3, 5])
    out = []
    try:
        v = mv[a:b:c]
        out.append(v.tobytes()); out.append(v.tolist()); len(v)
        if random.random() < 0.3:
            fm = random.choice('BbcHhIiQqd')
            out.append(fm)
            v2 = v.cast(fm)
            out.append(v2.tolist())
            if len(v2):
                v2[random.randint(-len(v2), len(v2) - 1)] = v2[0]
        if random.random() < 0.3 and len(v):
            v[random.randint(-50, 50)] = random.randint(-5, 300)
        if random.random() < 0.2:
            v[:] = bytes(len(v))
        v.release()
    except (ValueError, TypeError, IndexError) as e:
        out.append((type(e).__name__, str(e)))
    print(i, a, b, c, out, ba)
