# Arrays written to and read from files and in-memory streams.
import array
import io
import os


b = io.BytesIO()
print(b.write(array.array('h', [1, 2])), b.getvalue())
print(b.write(bytearray(b"xy")), b.write(memoryview(b"zw")[1:]), b.getvalue())
try:
    b.write("s")
except TypeError as e:
    print(e)
b.close()
try:
    b.write(5)
except ValueError as e:
    print(e)

path = os.path.join("/tmp", "weft_array_files_test_%d.bin" % os.getpid())
with open(path, 'wb') as f:
    print(f.write(array.array('B', [65, 66])), f.write(bytearray(b"C")))
with open(path, 'rb') as f:
    print(f.read())
a = array.array('B')
with open(path, 'rb') as f:
    a.fromfile(f, 2)
print(a)
with open(path, 'wb') as f:
    array.array('i', [7, -1]).tofile(f)
with open(path, 'rb') as f:
    print(f.read())
r = array.array('i')
with open(path, 'rb') as f:
    try:
        r.fromfile(f, 3)
    except EOFError as e:
        print("EOFError", e, r)
os.remove(path)
