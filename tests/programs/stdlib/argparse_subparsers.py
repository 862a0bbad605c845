import sys, os
os.environ.pop("COLUMNS", None)
sys.stderr = sys.stdout
import argparse, os, sys

def run(p, args):
    try:
        ns = p.parse_args(args)
        print(ns)
    except SystemExit as e:
        print("exit", e.code)

p = argparse.ArgumentParser(prog='git')
p.add_argument('--version', action='version', version='%(prog)s 2.0')
p.add_argument('-C', metavar='path')
sub = p.add_subparsers(title='commands', description='valid commands', dest='command', required=True, metavar='CMD')
c = sub.add_parser('commit', help='record changes', description='Commit stuff.')
c.add_argument('-m', '--message', required=True)
c.add_argument('-a', '--all', action='store_true')
c.set_defaults(func='commit_fn')
pu = sub.add_parser('push', help='send', aliases=['p'])
pu.add_argument('remote', nargs='?', default='origin')
pu.add_argument('refs', nargs='*', metavar='REF')
sub.add_parser('status')
p.print_help()
c.print_help()
pu.print_help()
run(p, ['commit', '-m', 'msg', '-a'])
run(p, ['-C', 'dir', 'p', 'up', 'main', 'dev'])
run(p, ['push'])
run(p, [])
run(p, ['pull'])
run(p, ['commit'])
run(p, ['commit', '-m', 'x', 'extra'])
run(p, ['--version'])
print(p.parse_known_args(['status', '--weird']))

q = argparse.ArgumentParser(prog='q', formatter_class=argparse.ArgumentDefaultsHelpFormatter)
q.add_argument('--level', type=int, default=3, help='the level')
q.add_argument('--name', default='bob')
q.add_argument('files', nargs='*', default=['a'], help='files')
mx = q.add_mutually_exclusive_group(required=True)
mx.add_argument('--on', action='store_true', help='turn on')
mx.add_argument('--off', action='store_true', help='turn off')
q.print_help()
run(q, ['--on', '--off'])
run(q, [])
run(q, ['--off', 'x', 'y'])

r = argparse.ArgumentParser(prog='r', formatter_class=argparse.RawDescriptionHelpFormatter,
    description='''first line
    indented line
        more indented''', epilog='raw   epilog\n  kept')
r.add_argument('--x', help='x   help\n second')
r.print_help()
rt = argparse.ArgumentParser(prog='rt', formatter_class=argparse.RawTextHelpFormatter)
rt.add_argument('--x', help='x   help\n  second line')
rt.print_help()

parent = argparse.ArgumentParser(add_help=False)
parent.add_argument('--debug', action='store_true')
child = argparse.ArgumentParser(prog='child', parents=[parent])
child.add_argument('n', type=int)
child.set_defaults(extra=1)
run(child, ['--debug', '4'])
print(child.get_default('extra'), child.get_default('debug'))

e = argparse.ArgumentParser(prog='e', exit_on_error=False)
e.add_argument('--n', type=int)
try:
    e.parse_args(['--n', 'x'])
except argparse.ArgumentError as err:
    print('caught', err, '|', err.argument_name, '|', err.message)

def pos_int(s):
    v = int(s)
    if v <= 0:
        raise argparse.ArgumentTypeError('%r is not positive' % v)
    return v
t = argparse.ArgumentParser(prog='t')
t.add_argument('n', type=pos_int)
run(t, ['-3'])
run(t, ['0'])
run(t, ['7'])
ns = argparse.Namespace(a=1)
print(ns == argparse.Namespace(a=1), 'a' in ns, 'b' in ns, vars(ns))
try:
    t.add_argument('n2', required=True)
except TypeError as ex:
    print(ex)
try:
    t.add_argument('--n3', nargs=0)
except ValueError as ex:
    print(ex)
try:
    t.add_argument('bad', dest='x')
except ValueError as ex:
    print(ex)
try:
    t.add_argument('-h')
except argparse.ArgumentError as ex:
    print(ex)
cr = argparse.ArgumentParser(prog='cr', conflict_handler='resolve')
cr.add_argument('-f', '--foo', help='old')
cr.add_argument('--foo', help='new')
cr.print_help()
u = argparse.ArgumentParser(prog='u', usage='%(prog)s [options] thing', description='%(prog)s does it')
u.add_argument('thing')
u.print_help()
run(u, [])
