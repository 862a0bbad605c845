import logging, sys, io
sys.stderr = sys.stdout
log = logging.getLogger('app.db')
log.warning('no handlers: %s', 'lastResort')
log.info('not shown')
print(log, logging.getLogger('app'), logging.getLogger(), logging.root)
print(log.parent.name, log.getEffectiveLevel(), log.isEnabledFor(logging.WARNING))
app = logging.getLogger('app')
print(log.parent is app, app.parent is logging.root)
logging.warning('root %d', 5)
print(len(logging.root.handlers), type(logging.root.handlers[0]).__name__)
logging.info('hidden')
logging.error('bad thing')
h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter('%(name)s|%(levelname)s|%(levelno)d|%(message)s|%(filename)s|%(module)s|%(funcName)s|%(lineno)d'))
app.addHandler(h)
app.setLevel(logging.DEBUG)
log.debug('debug %s %r', 1, 'x')
def func():
    log.info('in func')
func()
app.propagate = False
log.critical('crit')
print(logging.getLevelName(10), logging.getLevelName('INFO'), logging.getLevelName(15))
logging.addLevelName(15, 'VERBOSE')
print(logging.getLevelName(15), logging.getLevelName('VERBOSE'))
log.log(15, 'verbose msg')
try:
    log.setLevel('NOPE')
except ValueError as e:
    print(e)
try:
    log.setLevel(1.5)
except TypeError as e:
    print(e)
try:
    log.log('x', 'y')
except TypeError as e:
    print(e)
f = logging.Formatter('{levelname:>8} {name}: {message}', style='{')
h.setFormatter(f)
log.error('brace %s', 'style')
h.setFormatter(logging.Formatter('$levelname ${name} $message', style='$'))
log.error('dollar')
for bad in [('%(x', '%'), ('no fields', '{'), ('nothing', '$'), ('x', '#')]:
    try:
        logging.Formatter(bad[0], style=bad[1])
    except ValueError as e:
        print('ValueError', e)
h.setFormatter(logging.Formatter('%(levelname)s %(message)s'))
cap = io.StringIO()
h.setStream(cap)
try:
    1 / 0
except ZeroDivisionError:
    log.exception('failed %d', 42)
try:
    {}['k']
except KeyError as e:
    log.error('with exc', exc_info=e)
    log.error('with tuple', exc_info=sys.exc_info())
h.setStream(sys.stdout)
for line in cap.getvalue().splitlines():
    if line.startswith('  File "'):
        line = '  File "' + line.split('"')[1].rsplit('/', 1)[-1] + '"' + line.split('"', 2)[2]
    print(line)
log.info('extra %(a)s', {'a': 'mapping'})
h.setFormatter(logging.Formatter('%(user)s %(message)s'))
log.warning('hello', extra={'user': 'bob'})
try:
    log.warning('x', extra={'message': 1})
except KeyError as e:
    print('KeyError', e)
h.setFormatter(logging.Formatter('%(levelname)s %(message)s'))
class F(logging.Filter):
    def filter(self, record):
        return 'secret' not in record.getMessage()
h.addFilter(F())
log.warning('public')
log.warning('secret stuff')
h.filters.clear()
log.addFilter(logging.Filter('app.other'))
log.warning('filtered by name')
log.filters.clear()
log.addFilter(lambda r: r.levelno > 30)
log.warning('lambda filtered')
log.error('lambda passed')
log.filters.clear()
ad = logging.LoggerAdapter(log, {'user': 'amy'})
h.setFormatter(logging.Formatter('%(user)s: %(message)s'))
ad.warning('adapted %s', 'msg')
print(ad, ad.name, ad.isEnabledFor(10))
class PA(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        return '[%s] %s' % (self.extra['id'], msg), kwargs
h.setFormatter(logging.Formatter('%(message)s'))
PA(log, {'id': 7}).error('prefixed')
logging.disable(logging.ERROR)
log.error('disabled')
log.critical('still shown')
logging.disable(logging.NOTSET)
log.error('enabled again')
print(log.getChild('x').name, logging.getLogger('app.db.x').parent.name)
c = logging.getLogger('a.b.c')
b = logging.getLogger('a.b')
print(c.parent.name, b.parent.name)
print(repr(logging.NullHandler()), repr(logging.StreamHandler(io.StringIO())))
print(logging.getLogger('root') is logging.root)
r = logging.makeLogRecord({'msg': 'hi %s', 'args': ('there',), 'levelno': 20})
print(r.getMessage())
print(logging.getLevelNamesMapping()['WARN'])
print(logging.getLogger('app').hasHandlers(), logging.getLogger('zzz').hasHandlers())
