import argparse
p = argparse.ArgumentParser(prog='calc')
p.add_argument('x', type=int)
p.add_argument('--op', choices=['add', 'mul'], default='add')
print(p.parse_args(['3', '--op', 'mul']))
p.parse_args(['3', '--op', 'div'])
print('not reached')
