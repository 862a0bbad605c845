import logging, sys, io, os, time
sys.stderr = sys.stdout
buf = io.StringIO()
logging.basicConfig(stream=buf, level=logging.INFO, format='%(levelname)-8s %(name)s: %(message)s')
logging.info('one')
logging.debug('two')
logging.getLogger('x.y').warning('three %s', 3)
logging.basicConfig(level=logging.DEBUG)  # ignored: root has handlers
logging.debug('four')
print(buf.getvalue(), end='')
buf2 = io.StringIO()
logging.basicConfig(stream=buf2, format='{levelname}:{message}', style='{', force=True, level='DEBUG')
logging.debug('five')
print(buf2.getvalue(), end='')
try:
    logging.basicConfig(force=True, bogus=1)
except ValueError as e:
    print(e)
try:
    logging.basicConfig(force=True, stream=buf, filename='x.log')
except ValueError as e:
    print(e)
try:
    logging.basicConfig(force=True, style='%%')
except ValueError as e:
    print(e)
fn = 'lg2_test.log'
logging.basicConfig(filename=fn, filemode='w', force=True, format='%(message)s')
logging.warning('to file')
logging.error('again')
for h in logging.root.handlers:
    h.close()
print(repr(open(fn).read()))
os.remove(fn)
fmt = logging.Formatter('%(asctime)s %(message)s', datefmt='%Y/%m/%d %H:%M')
fmt.converter = time.gmtime
r = logging.makeLogRecord({'msg': 'at epoch', 'created': 86400.5, 'msecs': 500.0})
print(fmt.format(r))
fmt2 = logging.Formatter('%(asctime)s|%(message)s')
fmt2.converter = time.gmtime
print(fmt2.format(r))
print(fmt2.formatTime(r, '%H'))
fmt3 = logging.Formatter('{asctime} {message}', style='{')
fmt3.converter = time.gmtime
fmt3.default_msec_format = '%s.%03d'
print(fmt3.format(r))
fd = logging.Formatter('%(app)s %(message)s', defaults={'app': 'DEF'})
print(fd.format(r))
print(logging.Formatter().format(r))
print(logging.Formatter('%(message)s %(missing)s', validate=True)._fmt)
try:
    logging.Formatter('%(message)s %(missing)s').format(r)
except ValueError as e:
    print('ValueError', e)
logging.basicConfig(force=True, stream=sys.stdout)
errbuf = io.StringIO()
sys.stderr = errbuf
logging.error('bad args %d', 'x')
sys.stderr = sys.stdout
lines = errbuf.getvalue().splitlines()
print(lines[0])
print(lines[-3])
print(lines[-2])
print(lines[-1])
lg = logging.getLogger('nolast')
lg.propagate = False
lg.warning('last resort warning')
lg.info('last resort info hidden')
logging.lastResort = None
lg.warning('nothing now')
lg.warning('nothing again')
print(logging.root.getEffectiveLevel(), logging.getLogger('q').level)
class MyLogger(logging.Logger):
    pass
logging.setLoggerClass(MyLogger)
print(type(logging.getLogger('custom')).__name__, logging.getLoggerClass().__name__)
logging.setLoggerClass(logging.Logger)
try:
    logging.getLogger(5)
except TypeError as e:
    print(e)
rec = logging.LogRecord('n', logging.INFO, '/a/b/mod.py', 12, 'm %s', ('x',), None)
print(rec, rec.filename, rec.module, rec.getMessage(), rec.levelname)
