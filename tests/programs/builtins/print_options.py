import sys
print("a", "b", sep="-", end="!\n")
print("x", 1, None, sep="")
print(end="")
print()
print("no newline", end="")
print(" continued")
print(*[1, 2, 3], sep=", ")
print("to stdout", file=sys.stdout, flush=True)
print("to stderr", file=sys.stderr)
print("sep none", sep=None, end=None)
try:
    print("x", sep=5)
except TypeError as e:
    print(e)
class W:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s)
w = W()
print("into", "object", file=w)
print(w.parts)
sys.stdout.write("direct write\n")
