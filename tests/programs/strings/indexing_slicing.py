s = "héllo wörld ✓"
print(len(s), s[0], s[1], s[-1], s[-2], s[4:8], s[:3], s[7:], s[::2], s[::-1], s[1:-1:3])
print(s[100:], s[-100:2], s[5:2], s[::-3], s[-3::-2], repr(s[3:3]))
for i in (13, -14, 100):
    try:
        s[i]
    except IndexError as e:
        print(e)
try:
    s["a"]
except TypeError as e:
    print(e)
try:
    s[1.5]
except TypeError as e:
    print(e)
try:
    s[0] = "x"
except TypeError as e:
    print(e)
try:
    s[::0]
except ValueError as e:
    print(e)
print(s[slice(2, 5)], s[slice(None, None, -1)], s[True])
print(list("abc"), [c for c in "héé"], ord(s[1]), chr(233))
print("😀x"[0], len("😀x"), "😀x"[1], "a😀b"[::-1])
