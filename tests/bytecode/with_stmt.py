# with statements: one manager, two managers, and an as-target tuple.
class Manager:
    def __enter__(self):
        return (1, 2)

    def __exit__(self, *exc):
        return False


with Manager() as (a, b):
    print(a + b)

with Manager(), Manager() as m:
    print(m)
