# A block missing at the end of the input is reported on the last line
# (blank, a comment, or the header itself).
for s in ["for x in y:\n\n", "for x in y:\n\n\n# c\n", "if x:\n   \n", "class A:\n  def f(self):\n", "if x:\n  if y:\n", "if x:\n\n\n", "try:\n"]:
    try:
        compile(s, "<s>", "exec")
    except SyntaxError as e:
        print(repr(s), type(e).__name__, repr(e.msg), e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset)
