import functools
p = functools.partial(max, 1, key=abs)
print(repr(p))
class MP(functools.partial): pass
print(repr(MP(max, 2)))
try: functools.partial(1)
except TypeError as e: print(e)
try: functools.partial()
except TypeError as e: print(e)
try: functools.reduce(lambda a,b:a, [])
except TypeError as e: print(e)
try: functools.reduce(lambda a,b:a, 1)
except TypeError as e: print(e)
try: functools.reduce(1)
except TypeError as e: print(e)
@functools.lru_cache
def f(x): return x
f(1); f(1); f(2)
print(f.cache_info())
print(type(f.cache_info()).__name__, f.cache_info().hits)
try: functools.total_ordering(type('X',(),{}))
except ValueError as e: print(e)
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)
print(functools.lru_cache(maxsize=None)(f).cache_info())
try: functools.lru_cache(maxsize='a')
except TypeError as e: print(e)
class C:
    @functools.cached_property
    def x(self): print("compute"); return 5
c = C(); print(c.x, c.x)
try: functools.cmp_to_key(lambda a,b: a-b)(1) < 2
except Exception as e: print(type(e), e)
