import random
for s in ["hello", "", b"bytes", "ünï"]:
    random.seed(s)
    print(repr(s), random.random(), random.randint(1, 10**9), random.choice("abcdef"))
