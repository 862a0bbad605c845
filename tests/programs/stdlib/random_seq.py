import random
for s in [0, 1, 42, 2**40 + 7, -3, 12345678901234567890, 1.5]:
    random.seed(s)
    print(s, random.random(), random.randint(1, 100), random.randrange(0, 1000, 7), random.randrange(10**30))
    print(random.choice("abcdefg"), random.uniform(1, 5), random.getrandbits(70), random.getrandbits(5))
    l = list(range(20)); random.shuffle(l); print(l)
    print(random.sample(range(100), 10), random.sample(range(10000), 8), random.sample("abcdef", 3))
    print(random.choices("abc", k=5), random.choices(range(5), weights=[1, 2, 3, 4, 5], k=4), random.choices("xy", cum_weights=[1, 10], k=3))
    print(random.gauss(), random.gauss(10, 2), random.normalvariate(), random.expovariate(1.5), random.triangular(), random.betavariate(2, 3), random.gammavariate(0.5, 1), random.gammavariate(3, 2))
    print(random.randrange(10, 0, -3), random.randbytes(5), random.vonmisesvariate(1, 2), random.paretovariate(3), random.weibullvariate(1, 2), random.lognormvariate(0, 1))
r = random.Random(7)
print(r.random(), r.randint(0, 9))
st = r.getstate(); a = r.random(); r.setstate(st); print(a == r.random())
r2 = random.Random(); r2.seed(7); print(r2.random() == random.Random(7).random())
class MyR(random.Random):
    pass
print(MyR(3).random() == random.Random(3).random())
print(random.sample([1, 2, 3], k=2, counts=None), random.sample(["a", "b"], 3, counts=[1, 2]))
for f in [lambda: random.choice([]), lambda: random.randrange(0), lambda: random.randrange(5, 2), lambda: random.randrange(1, 5, 0), lambda: random.sample([1], 2), lambda: random.randint(3, 1), lambda: random.randrange(1.5), lambda: random.choices([], k=1), lambda: random.getrandbits(-1), lambda: random.sample({1, 2}, 1)]:
    try:
        f()
        print("no error")
    except Exception as e:
        print(type(e).__name__, e)
