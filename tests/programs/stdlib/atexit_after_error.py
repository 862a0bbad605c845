import atexit
atexit.register(print, 'cleanup runs after the traceback')
print('main')
raise RuntimeError('main failed')
