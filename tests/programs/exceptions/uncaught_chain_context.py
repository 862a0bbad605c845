def cleanup():
    raise RuntimeError("cleanup broke")
try:
    1 / 0
except ZeroDivisionError:
    cleanup()
