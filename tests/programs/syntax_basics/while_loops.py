i = 0
total = 0
while i < 100:
    i += 1
    if i % 3:
        continue
    total += i
print(total)
fib = [0, 1]
while len(fib) < 15:
    fib.append(fib[-1] + fib[-2])
print(fib)
n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print(steps)
stack = [1, [2, [3, [4]]]]
flat = []
while stack:
    top = stack.pop()
    if isinstance(top, list):
        stack.extend(reversed(top))
    else:
        flat.append(top)
print(flat)
