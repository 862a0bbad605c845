data = [1, 5, 10, 20]
print([y for x in data if (y := x * 2) > 10], y)
if (n := len(data)) > 3:
    print("long", n)
while (m := data.pop()) > 5:
    print("popped", m)
print(m, data)
def f():
    [last := v for v in range(4)]
    return last
print(f())
