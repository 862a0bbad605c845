import traceback
def show(e):
    for line in ''.join(traceback.format_exception(e)).splitlines():
        if 'File "' not in line:
            print(line)
    print(''.join(traceback.format_exception_only(e)), end='')
try:
    e = ValueError('bad')
    e.add_note('first note')
    e.add_note('second\nline')
    raise e
except ValueError as x:
    print(x.__notes__)
    show(x)
try:
    ValueError().add_note(3)
except TypeError as t:
    print(t)
inner = KeyError('k')
inner.add_note('inner note')
g = ExceptionGroup('grp', [inner, TypeError('t')])
g.add_note('group note')
try:
    raise g
except ExceptionGroup as x:
    show(x)
e = OSError('x')
e.__notes__ = 'not a list'
show(e)
