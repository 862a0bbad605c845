import atexit, sys

def a():
    print('a')

def b(x, y=2):
    print('b', x, y)

def bad():
    raise ValueError('boom')

atexit.register(a)
atexit.register(b, 1, y=5)
print(atexit.register(a) is a)
atexit.register(print, 'print', 'args', sep='-')
atexit.unregister(a)
err = []

def capture():
    # an exception in a callback is reported on stderr and the rest still run
    old = sys.stderr
    import io
    sys.stderr = io.StringIO()
    atexit._run_exitfuncs()
    text = sys.stderr.getvalue()
    sys.stderr = old
    print(text.splitlines()[0].split(' at ')[0], text.splitlines()[-1])

atexit.register(bad)
atexit.register(lambda: print('lambda first'))
capture()

@atexit.register
def last():
    print('decorated, runs at exit')

try:
    atexit.register(5)
except TypeError as e:
    print(e)
print('end of main')
