# A first weft program: a generator pipeline and a class.
def countdown(n):
    while n > 0:
        yield n
        n -= 1


class Greeter:
    def __init__(self, name):
        self.name = name

    def greet(self):
        return f"Hello, {self.name}!"


print(Greeter("weft").greet())
print("countdown:", list(countdown(5)))
