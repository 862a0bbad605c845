import random
random.seed(7)
out = []
for _ in range(300):
    m = ''.join(random.choice('0123456789abcdef') for _ in range(random.randint(1, 20)))
    k = random.randint(0, len(m))
    s = '0x' + m[:k] + '.' + m[k:] + 'p' + str(random.randint(-1140, 1030))
    try:
        out.append(float.fromhex(s).hex())
    except OverflowError:
        out.append('OVF')
    x = random.random() * 10 ** random.randint(-320, 308)
    out.append(str(float.fromhex(x.hex()) == x))
print(hash(tuple(out)) if False else '\n'.join(out))
