print(0, -0, 1_000, 0x1F, 0o777, 0b1010, 1e3, 1.5e-3, .5, 5., 1_0.0_1)
print("single", 'double', """triple
quoted""", '''also''', r"raw\n", "esc\t\"q\"", 'it\'s', "\x41\u00e9\U0001F600")
print("adjacent" " strings" ' join', b"bytes", rb"\d", f"{1+1}")
print([], [1, 2,], (), (1,), {}, {1: 2,}, {1, 2}, ..., None, True, False)
print(0xff == 255, 1e2 == 100)
print(repr("a\0b"), "\\", "\101\102")
print("line1\
continued")
x = (1 +
     2)
y = [
    1,
    2,
]
print(x, y)
if True: print("one-liner")
a = 1; b = 2; print(a + b)
