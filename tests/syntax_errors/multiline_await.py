def f():
    await (x +
  y)
