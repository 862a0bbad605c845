import logging, sys
h = logging.StreamHandler(sys.stdout)
root = logging.getLogger()
root.addHandler(h)
root.setLevel(1)
h.setFormatter(logging.Formatter('%(funcName)s::', style='%'))
def f0():
    logging.getLogger('pkg.mod.sub').log(30, 'two %s %s', *('a', 'b'))
f0()
h.setFormatter(logging.Formatter('%(name)s::%(name)s - %(module)s %(lineno)d ', style='%'))
def f1():
    logging.getLogger('').log(50, 'pct 100%%', *())
f1()
h.setFormatter(logging.Formatter('{filename}|{levelno:>6}|', style='{'))
def f2():
    logging.getLogger('a.b').log(10, 'with %s arg', *('x',))
f2()
h.setFormatter(logging.Formatter('{filename:^7} ', style='{'))
def f3():
    logging.getLogger('a').log(50, 'num %d', *(-4,))
f3()
h.setFormatter(logging.Formatter('$filename - ${funcName}::$name::', style='$'))
def f4():
    logging.getLogger('pkg.mod.sub').log(50, 'with %s arg', *('x',))
f4()
h.setFormatter(logging.Formatter('$levelname|${filename} ${levelno}::', style='$'))
def f5():
    logging.getLogger('a').log(10, 'pct 100%%', *())
f5()
h.setFormatter(logging.Formatter('%(module)s - %(lineno)d - ', style='%'))
def f6():
    logging.getLogger('').log(30, 'pct 100%%', *())
f6()
h.setFormatter(logging.Formatter('${filename} - ${module}::', style='$'))
def f7():
    logging.getLogger('a.b').log(30, 'num %d', *(-5,))
f7()
h.setFormatter(logging.Formatter('$levelno|$message $funcName ', style='$'))
def f8():
    logging.getLogger('').log(30, 'plain', *())
f8()
h.setFormatter(logging.Formatter('%(levelname)s|%(lineno)-8d %(message)5s - ', style='%'))
def f9():
    logging.getLogger('a').log(50, 'num %d', *(5,))
f9()
h.setFormatter(logging.Formatter('${levelno}::${levelname}::$lineno - ', style='$'))
def f10():
    logging.getLogger('').log(20, 'pct 100%%', *())
f10()
h.setFormatter(logging.Formatter('$name::$message::$filename::$module::', style='$'))
def f11():
    logging.getLogger('a.b').log(50, 'two %s %s', *('a', 'b'))
f11()
h.setFormatter(logging.Formatter('$message - ${levelname} - ${message}|', style='$'))
def f12():
    logging.getLogger('').log(40, 'plain', *())
f12()
h.setFormatter(logging.Formatter('%(message)s %(filename)5s - %(levelname)5s::%(module)s ', style='%'))
def f13():
    logging.getLogger('pkg.mod.sub').log(20, 'pct 100%%', *())
f13()
h.setFormatter(logging.Formatter('%(filename)-8s %(message)5s - %(message)-8s::', style='%'))
def f14():
    logging.getLogger('a').log(20, 'plain', *())
f14()
h.setFormatter(logging.Formatter('$levelno $name|$message - ', style='$'))
def f15():
    logging.getLogger('a.b').log(40, 'pct 100%%', *())
f15()
h.setFormatter(logging.Formatter('{lineno} - {module:^7}::{message:^7} ', style='{'))
def f16():
    logging.getLogger('a.b').log(5, 'two %s %s', *('a', 'b'))
f16()
h.setFormatter(logging.Formatter('{message:<8} {filename}|', style='{'))
def f17():
    logging.getLogger('').log(20, 'num %d', *(-1,))
f17()
h.setFormatter(logging.Formatter('$levelno ', style='$'))
def f18():
    logging.getLogger('a.b').log(5, 'pct 100%%', *())
f18()
h.setFormatter(logging.Formatter('%(filename)s ', style='%'))
def f19():
    logging.getLogger('a').log(10, 'pct 100%%', *())
f19()
h.setFormatter(logging.Formatter('%(levelno)5d|', style='%'))
def f20():
    logging.getLogger('a').log(50, 'plain', *())
f20()
h.setFormatter(logging.Formatter('{funcName:>6} - {levelname:5} - {name} ', style='{'))
def f21():
    logging.getLogger('a.b').log(50, 'pct 100%%', *())
f21()
h.setFormatter(logging.Formatter('{lineno:>6} {levelname:<8}::{levelname:<8}|{levelno:<8} - ', style='{'))
def f22():
    logging.getLogger('a').log(40, 'with %s arg', *('x',))
f22()
h.setFormatter(logging.Formatter('%(lineno)d - %(levelname)s ', style='%'))
def f23():
    logging.getLogger('a.b').log(10, 'two %s %s', *('a', 'b'))
f23()
h.setFormatter(logging.Formatter('%(message)-8s - %(module)-8s %(levelname)5s|', style='%'))
def f24():
    logging.getLogger('').log(15, 'with %s arg', *('x',))
f24()
h.setFormatter(logging.Formatter('%(levelname)s %(name)-8s - %(levelno)d|', style='%'))
def f25():
    logging.getLogger('').log(40, 'num %d', *(-4,))
f25()
h.setFormatter(logging.Formatter('$message - ${funcName}|', style='$'))
def f26():
    logging.getLogger('a').log(10, 'pct 100%%', *())
f26()
h.setFormatter(logging.Formatter('{message:<8}::{message}|', style='{'))
def f27():
    logging.getLogger('a.b').log(15, 'plain', *())
f27()
h.setFormatter(logging.Formatter('{funcName:^7}::{levelno}::{lineno:5} - {levelno}::', style='{'))
def f28():
    logging.getLogger('').log(5, 'num %d', *(4,))
f28()
h.setFormatter(logging.Formatter('%(message)-8s - %(filename)s::', style='%'))
def f29():
    logging.getLogger('a').log(40, 'plain', *())
f29()
h.setFormatter(logging.Formatter('{message:^7} - ', style='{'))
def f30():
    logging.getLogger('pkg.mod.sub').log(50, 'with %s arg', *('x',))
f30()
h.setFormatter(logging.Formatter('{levelno:5}::{lineno:^7} - {module} {lineno:5}|', style='{'))
def f31():
    logging.getLogger('a.b').log(20, 'num %d', *(3,))
f31()
h.setFormatter(logging.Formatter('{levelno:^7} {levelname:^7}::', style='{'))
def f32():
    logging.getLogger('a').log(10, 'num %d', *(1,))
f32()
h.setFormatter(logging.Formatter('%(levelno)d - ', style='%'))
def f33():
    logging.getLogger('pkg.mod.sub').log(40, 'with %s arg', *('x',))
f33()
h.setFormatter(logging.Formatter('$levelname - ', style='$'))
def f34():
    logging.getLogger('').log(10, 'pct 100%%', *())
f34()
h.setFormatter(logging.Formatter('${levelno}::', style='$'))
def f35():
    logging.getLogger('pkg.mod.sub').log(10, 'num %d', *(2,))
f35()
h.setFormatter(logging.Formatter('%(module)s::%(filename)s - %(funcName)5s::%(name)5s::', style='%'))
def f36():
    logging.getLogger('').log(5, 'pct 100%%', *())
f36()
h.setFormatter(logging.Formatter('{message:<8}|{module:<8} - ', style='{'))
def f37():
    logging.getLogger('a.b').log(15, 'two %s %s', *('a', 'b'))
f37()
h.setFormatter(logging.Formatter('$levelno|${filename} $name - ', style='$'))
def f38():
    logging.getLogger('a').log(5, 'pct 100%%', *())
f38()
h.setFormatter(logging.Formatter('${filename} - ${name}::${lineno} - ', style='$'))
def f39():
    logging.getLogger('pkg.mod.sub').log(5, 'two %s %s', *('a', 'b'))
f39()
