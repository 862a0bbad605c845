x = None
x.attr
