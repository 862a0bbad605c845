import logging, sys, io

cap = io.StringIO()
h = logging.StreamHandler(cap)
logging.basicConfig(handlers=[h], level=logging.DEBUG,
                    format='%(levelname)s %(name)s %(funcName)s %(lineno)d %(message)s')


def show():
    # CPython's traceback paths are absolute; keep only the file's name
    for line in cap.getvalue().splitlines():
        if line.startswith('  File "'):
            head, path, rest = line.split('"', 2)
            line = head + '"' + path.rsplit('/', 1)[-1] + '"' + rest
        print(line)
    cap.seek(0)
    cap.truncate()


logging.exception('no active exception')
log = logging.getLogger(__name__)
log.info('main module logger')


def outer():
    def inner():
        log.warning('stacklevel 2', stacklevel=2)
        log.warning('stacklevel 1')
    inner()


outer()
show()
print(sorted(logging.Logger.manager.loggerDict))
print(logging.getLevelName(logging.getLogger().level), logging.root.handlers == [h])
try:
    logging.basicConfig(force=True, handlers=[h], stream=sys.stdout)
except ValueError as e:
    print(e)
logging.basicConfig(force=True, handlers=[h], level=logging.DEBUG,
                    format='%(levelname)s %(name)s %(funcName)s %(lineno)d %(message)s')
logging.getLogger('x').log(25, 'custom level %s', 25)


class Obj:
    def __str__(self):
        return 'objstr'


logging.warning(Obj())
logging.warning('dict arg %(k)s', {'k': 'v'})
logging.warning('tuple arg %s', (1, 2))
show()
log.setLevel('ERROR')
print(log.getEffectiveLevel(), log.isEnabledFor(logging.WARNING), repr(log))
adapter = logging.LoggerAdapter(log, {'a': 1})
adapter.setLevel(logging.DEBUG)
print(adapter.getEffectiveLevel(), adapter.hasHandlers(), adapter.manager is logging.Logger.manager)
adapter.info('adapter info')


def f():
    logging.warning('with stack', stack_info=True)


def g():
    f()


g()
logging.getLogger('q').error('lvl2', stack_info=True, stacklevel=2)
show()
logging.shutdown()
print(logging.raiseExceptions, logging.BASIC_FORMAT, logging.WARN, logging.FATAL)
