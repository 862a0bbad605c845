for i in range(10):
    if i % 2 == 0:
        continue
    if i > 7:
        break
    print("odd", i)
else:
    print("no break")
for i in range(3):
    pass
else:
    print("loop completed", i)
n = 0
while n < 3:
    n += 1
else:
    print("while else", n)
while True:
    n -= 1
    if n == 0:
        break
print("n", n)
x = 5
if x < 0:
    print("neg")
elif x == 0:
    print("zero")
elif x < 10:
    print("small")
else:
    print("big")
print("yes" if x else "no", "a" if 0 else "b")
for a, b in [(1, 2), (3, 4)]:
    print(a + b, end=" ")
print()
for ch in "hi":
    for d in range(2):
        if d == 1:
            break
        print(ch, d)
count = 0
for i in range(3):
    for j in range(3):
        if j == i:
            continue
        count += 1
print(count)
