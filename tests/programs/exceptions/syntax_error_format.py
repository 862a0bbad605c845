# How SyntaxErrors show in tracebacks: file and line, the text with carets
# under the range, then the message.
import traceback
cases = [
    lambda: compile("x = (1,", "<string>", "exec"),
    lambda: compile("if x:\n  pass\n else:\n", "f.py", "exec"),
    lambda: compile("def f():\n\tif x:\n        y\n", "<s>", "exec"),
    lambda: eval("1 +"),
    lambda: exec("  x = 1"),
    lambda: compile("x = 'abc", "<s>", "exec"),
    lambda: compile("return 1", "<s>", "exec"),
    lambda: compile("nonlocal x", "<s>", "exec"),
]
def raiser(*a):
    def f():
        raise SyntaxError(*a)
    return f
cases += [raiser(), raiser("only msg"), raiser("m", ("f.py", 3, 5, "    some text\n", 3, 9)),
          raiser("m", ("f.py", None, None, "t")), raiser("m", (None, 2, 0, "abc")),
          raiser("", ("f.py", 1, 1, "\tx = 1", 1, 2)), raiser("m", ("f.py", 1, 4, "\tab cd", 1, -1))]
for c in cases:
    try:
        c()
    except SyntaxError as e:
        print("".join(traceback.format_exception_only(type(e), e)), end="")
        print("--")

# format_exception_only gives one item per line.
try:
    compile("a b", "<s>", "exec")
except SyntaxError as e:
    print(traceback.format_exception_only(type(e), e))
try:
    raise SyntaxError("multi\nline message", ("f.py", 1, 1, "x", 1, 2))
except SyntaxError as e:
    print(traceback.format_exception_only(type(e), e))
