import logging, logging.config, logging.handlers, sys, io, os, warnings
sys.stderr = sys.stdout
pre = logging.getLogger('pre.existing')
pre_child = logging.getLogger('app.child')
buf = io.StringIO()
logging.config.dictConfig({
    'version': 1,
    'formatters': {
        'brief': {'format': '%(levelname)s:%(name)s:%(message)s'},
        'braces': {'format': '{name} [{levelname}] {message}', 'style': '{'},
    },
    'filters': {'onlyapp': {'name': 'app'}},
    'handlers': {
        'out': {'class': 'logging.StreamHandler', 'stream': 'ext://sys.stdout', 'formatter': 'brief', 'level': 'DEBUG'},
        'mem': {'class': 'logging.handlers.MemoryHandler', 'capacity': 2, 'target': 'zbuf', 'flushLevel': 40},
        'zbuf': {'class': 'logging.StreamHandler', 'stream': buf, 'formatter': 'braces', 'filters': ['onlyapp']},
    },
    'loggers': {
        'app': {'level': 'DEBUG', 'handlers': ['out', 'mem'], 'propagate': False},
    },
    'root': {'level': 'WARNING', 'handlers': ['out']},
})
app = logging.getLogger('app')
app.debug('debug shown')
logging.getLogger('app.sub').info('sub info')
logging.getLogger('other').warning('other warning')
logging.getLogger('other').info('other info hidden')
pre.warning('disabled existing logger: hidden')
print(pre.disabled, pre_child.disabled, pre_child.level)
print('buffer before:', repr(buf.getvalue()))
app.error('error flushes memory')
print('buffer after:', repr(buf.getvalue()))
print(type(logging.root.handlers[0]).__name__, logging.root.level, app.propagate, [h.name for h in app.handlers])
for bad in [{}, {'version': 2}, {'version': 1, 'handlers': {'h': {'class': 'logging.NoSuch'}}},
            {'version': 1, 'handlers': {'h': {'class': 'logging.StreamHandler', 'formatter': 'missing'}}},
            {'version': 1, 'loggers': {'x': {'handlers': ['nope']}}},
            {'version': 1, 'formatters': {'f': {'format': '%(x', 'style': '%'}}}]:
    try:
        logging.config.dictConfig(bad)
    except ValueError as e:
        print('ValueError', e)
logging.config.dictConfig({'version': 1, 'incremental': True, 'loggers': {'app': {'level': 'ERROR'}}})
print(app.level)
logging.config.dictConfig({'version': 1, 'disable_existing_loggers': False,
    'formatters': {'c': {'()': logging.Formatter, 'fmt': 'custom %(message)s'}},
    'handlers': {'h': {'()': 'logging.StreamHandler', 'stream': 'ext://sys.stdout', 'formatter': 'c', '.': {'terminator': '!\n'}}},
    'root': {'handlers': ['h'], 'level': 'INFO'}})
logging.info('via custom factory')
print(pre.disabled)
logging.captureWarnings(True)
warnings.warn_explicit('captured warning', UserWarning, 'somefile.py', 7)
logging.captureWarnings(False)
fn = 'rot_test.log'
for name in [fn, fn + '.1', fn + '.2', fn + '.3']:
    if os.path.exists(name):
        os.remove(name)
rh = logging.handlers.RotatingFileHandler(fn, maxBytes=40, backupCount=2)
rh.setFormatter(logging.Formatter('%(message)s'))
lg = logging.getLogger('rot')
lg.propagate = False
lg.addHandler(rh)
for i in range(8):
    lg.warning('message number %d', i)
rh.close()
lg.removeHandler(rh)
for name in [fn, fn + '.1', fn + '.2', fn + '.3']:
    if os.path.exists(name):
        print(name, repr(open(name).read()))
        os.remove(name)
bh = logging.handlers.BufferingHandler(3)
lg.addHandler(bh)
lg.warning('a'); lg.warning('b')
print(len(bh.buffer), [r.getMessage() for r in bh.buffer])
lg.warning('c')
print(len(bh.buffer))
import queue
q = queue.Queue()
qh = logging.handlers.QueueHandler(q)
lg.addHandler(qh)
lg.warning('to queue %s', 'x')
r = q.get_nowait()
print(r.getMessage(), r.args, r.msg)
