import argparse, sys, os
os.environ.pop("COLUMNS", None)
sys.stderr = sys.stdout
def run(f, args):
    try:
        print(f(args))
    except SystemExit as e:
        print("exit", e.code)
p = argparse.ArgumentParser(prog='im')
p.add_argument('--foo')
p.add_argument('cmd')
p.add_argument('rest', nargs='*', type=int)
run(p.parse_args, 'doit 1 --foo bar 2 3'.split())
run(p.parse_intermixed_args, 'doit 1 --foo bar 2 3'.split())
run(p.parse_known_intermixed_args, 'doit 1 --foo bar 2 3 --zz'.split())
run(p.parse_intermixed_args, ['--foo', 'x'])
run(p.parse_intermixed_args, ['a', 'b'])
r = argparse.ArgumentParser(prog='r')
r.add_argument('--req', required=True)
r.add_argument('xs', nargs='+')
run(r.parse_intermixed_args, ['a', '--req', '1', 'b'])
run(r.parse_intermixed_args, ['a', 'b'])
bad = argparse.ArgumentParser(prog='bad')
bad.add_argument('rest', nargs=argparse.REMAINDER)
try:
    bad.parse_intermixed_args([])
except TypeError as e:
    print(e)
