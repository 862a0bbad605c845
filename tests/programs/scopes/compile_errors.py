cases = [
    "return 1",
    "break",
    "continue",
    "yield 1",
    "def f():\n    x = 1\n    global x",
    "def f():\n    nonlocal q",
    "nonlocal z",
    "def f():\n    print(x)\n    global x",
    "class C:\n    return 1",
    "for i in []:\n    def f():\n        break",
    "await x",
    "def f(a, a): pass",
    "f(x=1, x=2)",
    "def f():\n    x = 1\n    def g():\n        global x\n        nonlocal x",
    "x = 1 = 2",
    "del f()",
    "(a, b) += 1",
    "def f(*): pass",
    "lambda: (yield)",
]
for src in cases:
    try:
        compile(src, "<test>", "exec")
        print("compiled:", repr(src))
    except SyntaxError as e:
        print(repr(src), "->", e.msg, e.lineno)
