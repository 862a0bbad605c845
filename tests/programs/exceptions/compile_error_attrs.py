# The attributes of SyntaxErrors from compile(), exec() and eval(): text
# keeps its newline, offsets of ends of lines and indentation errors, and
# errors found after parsing (no text without a file to read it from;
# scope errors carry only the message in args).
def show(src, mode="exec", filename="fname.py"):
    try:
        compile(src, filename, mode)
        print("compiled", repr(src))
    except SyntaxError as e:
        print(repr(src), mode, type(e).__name__, repr(e.msg), repr(e.filename), e.lineno,
              e.offset, repr(e.text), e.end_lineno, e.end_offset)
        print("   ", str(e), e.args)


for s in ["a b", "a b\n", "x = (1,\n", "if x:\n  y\n z\n", "x = 1 +\n", "\tfoo(\n",
          "f'{'", "1 = 2", "a\n\nb c\nd\n", "x = 'abc\n", "\n\n   bad stuff here",
          "if x:\nfoo\n", "if x: \n", "while x:", "match x:\n case 1:\n",
          "print(1)\n  print(2)\n", "(", "return 5\n", "nonlocal x\n",
          "def f():\n  x = 1\n  global x\n", "a = 1; b c", "1 +", "1 +\n", "(1,",
          "f(a b)", "x = '''abc", "a\nb c", "\n a", "x = 1 +\ny = 2\n", "import",
          "if x:\n  pass\n else:\n", "def f(x, x): pass", "del f()", "f(**a, *b)",
          "break", "await x", "yield x", "x = yield = 1", "return", "print 'x'",
          "a + 1 = 2", "class C:\n  return 1\n", "x = [1, 2\ny = 3\n", "a = 1\n\tb = 2\n",
          "if True:\n\tx\n        y\n", "[(yield) for x in y]", "x = 1abc\n", "x = $\n",
          "x = €\n", "a \\ b\n", "x = 012\n", "0x\n", "x = 1_\n", "s = 'a\\\n", "x = (]\n",
          "x = )\n", "x = \u200b\n", "if 1:\n  x\n    y\n", "if 1:\nx\n", "  x = 1\n",
          "f'{a b}'\n", "f'}'\n", "x = 1 +\n\n", "x = [\n1,\n2\n", "foo(\n", "a = (1,\n\n\n",
          "match x:\ncase a: pass\n", "match x:\n  case a:\n  pass\n", "match x: \n"]:
    show(s)
for s in ["a b", "1 +", "1 +\n", "(1,", "x = 1", "yield 1", "'abc", "a\nb", "x = [\n"]:
    show(s, "eval")
for s in ["a b", "1 +", "if x:"]:
    show(s, "single")
show("return 1", filename="<string>")
try:
    exec("x = = 1")
except SyntaxError as e:
    print(repr(e.text), e.offset, e.end_offset)
try:
    eval("1 +")
except SyntaxError as e:
    print(repr(e.text), e.offset, e.end_offset)

# Built by hand, the details are taken as given.
for args in [("msg", ("f", 1, 2, "txt", 1, 3)), ("msg", ("f", 1, 2, "txt\n", 1, 3)),
             ("msg",), (), ("msg", ("f", 1, 2, "txt")), ("m", ("f", 3, 4, "line", 3, 9))]:
    e = SyntaxError(*args)
    print(args, "->", repr(str(e)), e.filename, e.lineno, e.offset, repr(e.text),
          e.end_lineno, e.end_offset)
e = IndentationError("bad", ("g.py", 2, 1, "  x\n", 2, 2))
print(str(e), e.args, repr(e.text))

# With a file to read, the text of an error found after parsing is the
# file's line (whatever the compiled source held).
try:
    compile("return 1", __file__, "exec")
except SyntaxError as e:
    print(repr(e.text), e.offset, e.end_offset)
