# The SyntaxErrors of match statements, as compile() reports them.
sources = [
    "match x:\n case y: pass\n case 1: pass\n",
    "match x:\n case _: pass\n case 1: pass\n",
    "match x:\n case y as z: pass\n case 1: pass\n",
    "match x:\n case (y): pass\n case 1: pass\n",
    "match x:\n case y | 2: pass\n",
    "match x:\n case 1 | y: pass\n case 2: pass\n",
    "match x:\n case _ | _: pass\n",
    "match x:\n case (a | b) : pass\n",
    "match x:\n case [(a | a)]: pass\n",
    "match x:\n case y if y: pass\n case z: pass\n case 1: pass\n",
    "match x:\n case [a, a]: pass\n",
    "match x:\n case [x] as x: pass\n",
    "match x:\n case {'k': a, **a}: pass\n",
    "match x:\n case C(a, b=a): pass\n",
    "match x:\n case [a] | b: pass\n",
    "match x:\n case [a] | [b]: pass\n",
    "match x:\n case (a, b) | (b, c): pass\n",
    "match x:\n case {'a': 1, 'a': 2}: pass\n",
    "match x:\n case {1: 1, 1.0: 2}: pass\n",
    "match x:\n case {True: 1, 1: 2}: pass\n",
    "match x:\n case {-0: 1, 0: 2}: pass\n",
    "match x:\n case {b'a': 1, b'a': 2}: pass\n",
    "match x:\n case C(a=1, a=2): pass\n",
    "match x:\n case C(a=1, 2): pass\n",
    "match x:\n case [*a, *b]: pass\n",
    "match x:\n case y as _: pass\n",
    "match x:\n case f'a': pass\n",
    "match x:\n case 1 + 2: pass\n",
    "match x:\n case 1j + 2j: pass\n",
    "match x:\n case -1j - 2: pass\n",
    "match x:\n case {**r, 'a': 1}: pass\n",
    "match x:\n case {**_}: pass\n",
    "match x:\n case {**a, **b}: pass\n",
    "match x:\n case {a: 1}: pass\n",
    "match x:\n case (*a): pass\n",
    "match x:\n case *a: pass\n",
    "match x:\n case 1 as y | 2: pass\n",
    "match x:\n case a as b as c: pass\n",
    "match x:\n case a.b as c.d: pass\n",
    "match x:\n case -x: pass\n",
    "match x:\n case 1.0(): pass\n",
    "match x:\n case __debug__: pass\n",
    "match *x:\n case 1: pass\n",
    "match x:\n pass\n",
    "A.raise = 5\n",
    "x.class\n",
    "x.None\n",
    "x.if(1)\n",
    "print(a.True)\n",
]
for s in sources:
    try:
        compile(s, "<case>", "exec")
        print("compiled:", repr(s))
    except SyntaxError as e:
        print(repr(s))
        print("   ", type(e).__name__, repr(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset)

# Blocks left out: IndentationErrors naming the statement.
for s in ["match x:\ncase a: pass\n", "match x:\n  case a:\n  pass\n"]:
    try:
        compile(s, "<case>", "exec")
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno)

# Valid forms that look odd.
for s in ["match x,:\n case 1: pass\n",
          "match x:\n case {'a': 1, **rest,}: pass\n",
          "match x:\n case a.b as c: pass\n",
          "match x:\n case 0x10 | -0.5 | 'a' 'b' | b'x' | -1_0j: pass\n",
          "match x:\n case C(1, 2,): pass\n",
          "match x:\n case [1, 2,]: pass\n",
          "match (x):\n case (1,): pass\n",
          "match [x]:\n case (): pass\n",
          "match x:\n  case 1:\n    pass\n  case 2:\n    pass\nmatch = 3\n",
          "match x:\n case 1: pass\n case y if y: pass\n case _: pass\n"]:
    compile(s, "<case>", "exec")
    print("compiled:", repr(s))

# Headers and blocks written wrong.
for s in ["match x\n", "match x\n case 1: pass\n", "match x:\n case 1 pass\n",
          "match x:\n case 1:\n", "match x:\n    case 1:\n        pass\n    x = 1\n",
          "match x:\n case 1: pass\n  case 2: pass\n", "match:\n case 1: pass\n",
          "match x:\n case: pass\n", "match x:\n case 1 if: pass\n",
          "if 1:\n    match x:\n        case 1:\n            pass\n    else = 2\n",
          "match x:\n case [1, 2] as y | z: pass\n",
          "match x:\n case 1: pass\n case _: pass\nelse: pass\n",
          "match x:\n case 1: pass\ncase = 5\n", "match (x)\n", "match x y:\n case 1: pass\n"]:
    try:
        compile(s, "<case>", "exec")
        print("compiled:", repr(s))
    except SyntaxError as e:
        print(repr(s))
        print("   ", type(e).__name__, repr(e.msg), e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset)

# At most 255 sub-patterns before a star.
body = ", ".join(f"a{i}" for i in range(300)) + ", *r, z"
for o, c in [("[", "]"), ("(", ")"), ("", "")]:
    try:
        compile("match x:\n case " + o + body + c + ": pass\n", "<case>", "exec")
    except SyntaxError as e:
        print(e.msg, e.lineno, e.offset, e.end_offset)
body = ", ".join(f"a{i}" for i in range(255)) + ", *r, z"
compile("match x:\n case [" + body + "]: pass\n", "<case>", "exec")
print("255 before the star compile")
