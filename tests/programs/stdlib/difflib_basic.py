import difflib
s = difflib.SequenceMatcher(None, "abxcd", "abcd")
print(s.get_matching_blocks(), s.get_opcodes(), s.ratio(), s.quick_ratio(), s.real_quick_ratio())
s = difflib.SequenceMatcher(lambda x: x == " ", "private Thread currentThread;", "private volatile Thread currentThread;")
print(round(s.ratio(), 3), s.get_opcodes(), s.find_longest_match(0, 29, 0, 38))
s = difflib.SequenceMatcher(None, " abcd", "abcd abcd")
print(s.find_longest_match(), s.find_longest_match(0, 5, 0, 9))
a = "qabxcd"; b = "abycdf"
s = difflib.SequenceMatcher(None, a, b)
for tag, i1, i2, j1, j2 in s.get_opcodes():
    print('{:7}   a[{}:{}] --> b[{}:{}] {!r:>8} --> {!r}'.format(tag, i1, i2, j1, j2, a[i1:i2], b[j1:j2]))
big_a = [str(i % 7) for i in range(300)]
big_b = [str(i % 5) for i in range(250)]
s = difflib.SequenceMatcher(None, big_a, big_b)
print(s.ratio(), len(s.get_opcodes()), sorted(s.bpopular), difflib.SequenceMatcher(None, big_a, big_b, autojunk=False).ratio())
print(list(difflib.SequenceMatcher(None, list(range(20)), [x for x in range(20) if x not in (3, 14)] + [99]).get_grouped_opcodes(2)))
print(difflib.get_close_matches('appel', ['ape', 'apple', 'peach', 'puppy']), difflib.get_close_matches('wheel', ['while', 'whale', 'wheels', 'heel', 'wheal'], n=2, cutoff=0.7), difflib.get_close_matches('x', ['y']))
for bad in [lambda: difflib.get_close_matches('a', [], n=0), lambda: difflib.get_close_matches('a', [], cutoff=2)]:
    try:
        bad()
    except ValueError as e:
        print(e)
one = ['one\n', 'two\n', 'three\n', 'four\n', 'five\n', 'six\n', 'seven\n', 'eight\n', 'nine\n', 'ten\n']
two = ['zero\n', 'one\n', 'two\n', 'tree\n', 'four\n', 'five\n', 'six\n', 'seven\n', 'eight\n', 'nine\n', 'TEN\n', 'eleven\n']
print(''.join(difflib.unified_diff(one, two, fromfile='before.py', tofile='after.py')), end='')
print(''.join(difflib.unified_diff(one, two, 'a', 'b', 'date1', 'date2', n=1)), end='')
print(''.join(difflib.context_diff(one, two, fromfile='before.py', tofile='after.py')), end='')
print(list(difflib.unified_diff(['a'], ['b'], lineterm='')), list(difflib.unified_diff(['x\n'], ['x\n'])), list(difflib.context_diff([], ['new\n'])))
diff = list(difflib.ndiff('one\ntwo\nthree\n'.splitlines(keepends=True), 'ore\ntree\nemu\n'.splitlines(keepends=True)))
print(''.join(diff), end='')
print(''.join(difflib.restore(diff, 1)), end='')
print(''.join(difflib.restore(diff, 2)), end='')
text1 = '''  1. Beautiful is better than ugly.
  2. Explicit is better than implicit.
  3. Simple is better than complex.
  4. Complex is better than complicated.
'''.splitlines(keepends=True)
text2 = '''  1. Beautiful is better than ugly.
  3.   Simple is better than complex.
  4. Complicated is better than complex.
  5. Flat is better than nested.
'''.splitlines(keepends=True)
print(''.join(difflib.Differ().compare(text1, text2)), end='')
print(''.join(difflib.ndiff(['abc\tdef\n', 'same\n'], ['abd\tdef\n', 'same\n', 'same\n'])), end='')
print(difflib.IS_LINE_JUNK('\n'), difflib.IS_LINE_JUNK('  #   \n'), difflib.IS_LINE_JUNK('hello\n'), difflib.IS_CHARACTER_JUNK(' '), difflib.IS_CHARACTER_JUNK('x'))
try:
    list(difflib.unified_diff([1], [2]))
except TypeError as e:
    print(e)
try:
    list(difflib.restore([], 3))
except ValueError as e:
    print(e)
print(list(difflib.diff_bytes(difflib.unified_diff, [b'a\n'], [b'b\n'])))
print(difflib.Match(1, 2, 3), difflib.SequenceMatcher(None, '', '').ratio(), difflib.SequenceMatcher(None, [], []).get_opcodes())
