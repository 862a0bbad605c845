import argparse, sys, os
os.environ.pop('COLUMNS', None)
sys.stderr = sys.stdout
p = argparse.ArgumentParser(prog='m', formatter_class=argparse.MetavarTypeHelpFormatter)
p.add_argument('--n', type=int)
p.add_argument('x', type=float)
p.print_help()
par = argparse.ArgumentParser(add_help=False)
g = par.add_argument_group('shared', 'shared options')
g.add_argument('--verbose', action='store_true')
mx = par.add_mutually_exclusive_group()
mx.add_argument('--json', action='store_true')
mx.add_argument('--yaml', action='store_true')
par.set_defaults(fmt='text')
c1 = argparse.ArgumentParser(prog='c1', parents=[par])
c1.add_argument('target')
c1.print_help()
print(c1.parse_args(['t', '--json']))
try:
    c1.parse_args(['t', '--json', '--yaml'])
except SystemExit as e:
    print('exit', e.code)
class LineSplit(argparse.ArgumentParser):
    def convert_arg_line_to_args(self, line):
        return line.split()
with open('ap8.args', 'w') as f:
    f.write('--a 1 --b 2\n')
ls = LineSplit(prog='ls', fromfile_prefix_chars='@')
ls.add_argument('--a'); ls.add_argument('--b')
print(ls.parse_args(['@ap8.args']))
os.remove('ap8.args')
try:
    ls.parse_args(['@missing.args'])
except SystemExit as e:
    print('exit', e.code)
sp = argparse.ArgumentParser(prog='top')
sp.add_argument('--g', action='store_true')
subs = sp.add_subparsers(dest='cmd', required=True)
a = subs.add_parser('add', help='add things', description='Add it.', epilog='done')
a.add_argument('items', nargs='+')
a.set_defaults(func=len)
r = subs.add_parser('rm', aliases=['remove', 'del'])
r.add_argument('-f', action='store_true')
ns = sp.parse_args(['--g', 'add', 'a', 'b'])
print(ns.cmd, ns.items, ns.func(ns.items), ns.g)
print(sp.parse_args(['del', '-f']))
for args in [['add'], ['rm', '-x'], ['--g'], ['add', '--help']]:
    try:
        print(sp.parse_args(args))
    except SystemExit as e:
        print('exit', e.code)
print(sp.format_usage(), a.format_usage(), r.prog)
