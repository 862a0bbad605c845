import textwrap, difflib
try:
    print(0, textwrap.wrap('1-2-3 ccc e.g. well-known', 21, **{'expand_tabs': True}))
except ValueError as e:
    print("ValueError", e)
print("".join(difflib.unified_diff(['--\n', '1-2-3\n', 'well-known\n', 'Yes!\n', 'a\n', 'a\n', 'a\n', 'mid-\n', 'über\n', 'a\n', '"quoted."\n'], ['--\n', '1-2-3\n', 'well-known\n', 'a\n', 'new\nlinez\n', 'mid-\n', 'über\n', '  z\n', '"quoted."\n'], n=0)), end="")
print("".join(difflib.ndiff(['--\n', '1-2-3\n', 'well-known\n', 'Yes!\n', 'a\n', 'a\n', 'a\n', 'mid-\n', 'über\n', 'a\n', '"quoted."\n'], ['--\n', '1-2-3\n', 'well-known\n', 'a\n', 'new\nlinez\n', 'mid-\n', 'über\n', '  z\n', '"quoted."\n'])), end="")
s = difflib.SequenceMatcher(None, '1-2-3 ccc e.g. well-known', ' ccc e.g. well-known'); print(s.get_opcodes(), s.ratio())
try:
    print(1, textwrap.wrap('über mid- well-known long-winded-word mid- End. well-known Yes! \t tab\there \t -lead supercalifragilistic', 27, **{'max_lines': None}))
except ValueError as e:
    print("ValueError", e)
print("".join(difflib.unified_diff(['-lead\n', 'q?\n', 'ccc\n', 'new\nline\n', '-lead\n', '\t\n', 'well-known\n', 'long-winded-word\n'], ['  z\n', 'q?\n', 'ccc\n', 'new\nline\n', '-lead\n', '\t\n', 'mid-\n', 'well-known\n'], n=1)), end="")
print("".join(difflib.ndiff(['-lead\n', 'q?\n', 'ccc\n', 'new\nline\n', '-lead\n', '\t\n', 'well-known\n', 'long-winded-word\n'], ['  z\n', 'q?\n', 'ccc\n', 'new\nline\n', '-lead\n', '\t\n', 'mid-\n', 'well-known\n'])), end="")
s = difflib.SequenceMatcher(None, 'über mid- well-known long-winded-word mi', 'mid- well-known long-winded-word mid- End. we'); print(s.get_opcodes(), s.ratio())
try:
    print(2, textwrap.wrap('', 36, **{'fix_sentence_endings': True, 'initial_indent': ''}))
except ValueError as e:
    print("ValueError", e)
print("".join(difflib.unified_diff(['x-ray\n', '\t\n', 'über\n', 'supercalifragilistic\n', 'tab\there\n', 'bb\n', '  \n', 'q?\n', '1-2-3\n', 'über\n', 'supercalifragilistic\n', '\t\n'], ['x-ray\n', '\t\n', 'über\n', 'supercalifragilistic\n', 'tab\there\n', 'a--bz\n', 'bb\n', '  \n', 'über\n', 'q?\n', '1-2-3\n', 'über\n', 'supercalifragilistic\n', '\t\n'], n=3)), end="")
print("".join(difflib.ndiff(['x-ray\n', '\t\n', 'über\n', 'supercalifragilistic\n', 'tab\there\n', 'bb\n', '  \n', 'q?\n', '1-2-3\n', 'über\n', 'supercalifragilistic\n', '\t\n'], ['x-ray\n', '\t\n', 'über\n', 'supercalifragilistic\n', 'tab\there\n', 'a--bz\n', 'bb\n', '  \n', 'über\n', 'q?\n', '1-2-3\n', 'über\n', 'supercalifragilistic\n', '\t\n'])), end="")
s = difflib.SequenceMatcher(None, '', ''); print(s.get_opcodes(), s.ratio())
try:
    print(3, textwrap.wrap('a -- mid- long-winded-word über 1-2-3 long-winded-word ccc über e.g. bb -lead ccc ccc a new\nline a e.g. --', 30, **{'break_long_words': True, 'drop_whitespace': True, 'fix_sentence_endings': False, 'max_lines': 1, 'subsequent_indent': '  '}))
except ValueError as e:
    print("ValueError", e)
print("".join(difflib.unified_diff(['supercalifragilistic\n', 'e.g.\n', 'well-known\n', 'e.g.\n', '\t\n', 'supercalifragilistic\n', 'a--b\n', 'tab\there\n', 'a\n', '--\n', 'a\n', '"quoted."\n'], ['supercalifragilistic\n', 'e.g.\n', 'e.g.\n', '\t\n', 'supercalifragilistic\n', 'a--b\n', 'tab\there\n', 'a\n', '--\n', 'a\n', '"quoted."\n'], n=3)), end="")
print("".join(difflib.ndiff(['supercalifragilistic\n', 'e.g.\n', 'well-known\n', 'e.g.\n', '\t\n', 'supercalifragilistic\n', 'a--b\n', 'tab\there\n', 'a\n', '--\n', 'a\n', '"quoted."\n'], ['supercalifragilistic\n', 'e.g.\n', 'e.g.\n', '\t\n', 'supercalifragilistic\n', 'a--b\n', 'tab\there\n', 'a\n', '--\n', 'a\n', '"quoted."\n'])), end="")
s = difflib.SequenceMatcher(None, 'a -- mid- long-winded-word über 1-2-3 lo', 'mid- long-winded-word über 1-2-3 long-winded-'); print(s.get_opcodes(), s.ratio())
try:
    print(4, textwrap.wrap('\t -lead tab\there über -- mid- \t new\nline -- \t mid- a "quoted." -lead 1-2-3 Yes! -lead mid- tab\there bb End. x-ray', 6, **{'subsequent_indent': ''}))
except ValueError as e:
    print("ValueError", e)
print("".join(difflib.unified_diff(['supercalifragilistic\n', '1-2-3\n', 'new\nline\n', 'long-winded-word\n', 'a--b\n', '\t\n', 'bb\n', '"quoted."\n', 'supercalifragilistic\n'], ['supercalifragilistic\n', '1-2-3\n', 'new\nline\n', 'long-winded-word\n', 'a--b\n', '\t\n', '"quoted."\n', 'well-known\n', 'supercalifragilistic\n'], n=3)), end="")
print("".join(difflib.ndiff(['supercalifragilistic\n', '1-2-3\n', 'new\nline\n', 'long-winded-word\n', 'a--b\n', '\t\n', 'bb\n', '"quoted."\n', 'supercalifragilistic\n'], ['supercalifragilistic\n', '1-2-3\n', 'new\nline\n', 'long-winded-word\n', 'a--b\n', '\t\n', '"quoted."\n', 'well-known\n', 'supercalifragilistic\n'])), end="")
s = difflib.SequenceMatcher(None, '\t -lead tab\there über -- mid- \t new\nline', 'ad tab\there über -- mid- \t new\nline -- \t mid-'); print(s.get_opcodes(), s.ratio())
try:
    print(5, textwrap.wrap('\t    a Yes! a--b "quoted." End. a long-winded-word', 35, **{'break_long_words': False, 'fix_sentence_endings': True, 'expand_tabs': True}))
except ValueError as e:
    print("ValueError", e)
print("".join(difflib.unified_diff(['über\n', '--\n', 'ccc\n', 'bb\n', 'ccc\n', 'x-ray\n', 'long-winded-word\n', 'long-winded-word\n', 'über\n', 'supercalifragilistic\n', 'e.g.\n', 'Yes!\n'], ['über\n', 'End.\n', '  z\n', 'ccc\n', 'bb\n', 'q?\n', 'ccc\n', 'x-ray\n', 'long-winded-word\n', 'über\n', 'supercalifragilistic\n', 'e.g.\n', 'Yes!\n'], n=0)), end="")
print("".join(difflib.ndiff(['über\n', '--\n', 'ccc\n', 'bb\n', 'ccc\n', 'x-ray\n', 'long-winded-word\n', 'long-winded-word\n', 'über\n', 'supercalifragilistic\n', 'e.g.\n', 'Yes!\n'], ['über\n', 'End.\n', '  z\n', 'ccc\n', 'bb\n', 'q?\n', 'ccc\n', 'x-ray\n', 'long-winded-word\n', 'über\n', 'supercalifragilistic\n', 'e.g.\n', 'Yes!\n'])), end="")
s = difflib.SequenceMatcher(None, '\t    a Yes! a--b "quoted." End. a long-w', 'a Yes! a--b "quoted." End. a long-winded-word'); print(s.get_opcodes(), s.ratio())
try:
    print(6, textwrap.wrap('bb tab\there ccc "quoted." x-ray x-ray Yes! well-known a--b 1-2-3', 22, **{'fix_sentence_endings': False, 'max_lines': 3, 'tabsize': 8}))
except ValueError as e:
    print("ValueError", e)
print("".join(difflib.unified_diff([], ['long-winded-word\n'], n=1)), end="")
print("".join(difflib.ndiff([], ['long-winded-word\n'])), end="")
s = difflib.SequenceMatcher(None, 'bb tab\there ccc "quoted." x-ray x-ray Ye', 'b\there ccc "quoted." x-ray x-ray Yes! well-kn'); print(s.get_opcodes(), s.ratio())
try:
    print(7, textwrap.wrap('well-known tab\there "quoted." über End.', 29, **{'fix_sentence_endings': True, 'expand_tabs': True}))
except ValueError as e:
    print("ValueError", e)
print("".join(difflib.unified_diff(['ccc\n'], [], n=2)), end="")
print("".join(difflib.ndiff(['ccc\n'], [])), end="")
s = difflib.SequenceMatcher(None, 'well-known tab\there "quoted." über End.', 'known tab\there "quoted." über End.'); print(s.get_opcodes(), s.ratio())
try:
    print(8, textwrap.wrap('long-winded-word über supercalifragilistic End. supercalifragilistic -- q? ccc', 23, **{'break_on_hyphens': False, 'drop_whitespace': False}))
except ValueError as e:
    print("ValueError", e)
print("".join(difflib.unified_diff(['Yes!\n', 'well-known\n', 'über\n'], ['cccz\n', 'well-known\n', 'über\n', 'über\n'], n=0)), end="")
print("".join(difflib.ndiff(['Yes!\n', 'well-known\n', 'über\n'], ['cccz\n', 'well-known\n', 'über\n', 'über\n'])), end="")
s = difflib.SequenceMatcher(None, 'long-winded-word über supercalifragilist', 'winded-word über supercalifragilistic End. su'); print(s.get_opcodes(), s.ratio())
try:
    print(9, textwrap.wrap('q?       x-ray well-known \t Yes! ccc \t', 39, **{'break_on_hyphens': True, 'replace_whitespace': False, 'max_lines': None, 'initial_indent': ''}))
except ValueError as e:
    print("ValueError", e)
print("".join(difflib.unified_diff(['supercalifragilistic\n', 'long-winded-word\n', 'End.\n', 'tab\there\n', 'über\n', 'long-winded-word\n', 'bb\n', '-lead\n', '--\n', 'e.g.\n', 'ccc\n'], ['long-winded-word\n', 'End.\n', 'tab\there\n', 'über\n', 'long-winded-word\n', 'long-winded-word\n', 'bb\n', 'tab\therez\n', 'e.g.\n', 'ccc\n'], n=3)), end="")
print("".join(difflib.ndiff(['supercalifragilistic\n', 'long-winded-word\n', 'End.\n', 'tab\there\n', 'über\n', 'long-winded-word\n', 'bb\n', '-lead\n', '--\n', 'e.g.\n', 'ccc\n'], ['long-winded-word\n', 'End.\n', 'tab\there\n', 'über\n', 'long-winded-word\n', 'long-winded-word\n', 'bb\n', 'tab\therez\n', 'e.g.\n', 'ccc\n'])), end="")
s = difflib.SequenceMatcher(None, 'q?       x-ray well-known \t Yes! ccc \t', '    x-ray well-known \t Yes! ccc \t'); print(s.get_opcodes(), s.ratio())
try:
    print(10, textwrap.wrap('a bb q? 1-2-3 x-ray 1-2-3 x-ray x-ray e.g. e.g. "quoted." 1-2-3 "quoted." long-winded-word a--b ccc --   ', 25, **{'break_long_words': False, 'max_lines': 2}))
except ValueError as e:
    print("ValueError", e)
print("".join(difflib.unified_diff(['a--b\n', 'mid-\n', 'e.g.\n', 'mid-\n', '--\n', 'bb\n', 'ccc\n', '\t\n'], ['a--b\n', 'e.g.\n', 'long-winded-wordz\n', 'über\n', '--\n', 'bb\n', '\tz\n', 'ccc\n', '\t\n'], n=1)), end="")
print("".join(difflib.ndiff(['a--b\n', 'mid-\n', 'e.g.\n', 'mid-\n', '--\n', 'bb\n', 'ccc\n', '\t\n'], ['a--b\n', 'e.g.\n', 'long-winded-wordz\n', 'über\n', '--\n', 'bb\n', '\tz\n', 'ccc\n', '\t\n'])), end="")
s = difflib.SequenceMatcher(None, 'a bb q? 1-2-3 x-ray 1-2-3 x-ray x-ray e.', 'q? 1-2-3 x-ray 1-2-3 x-ray x-ray e.g. e.g. "q'); print(s.get_opcodes(), s.ratio())
try:
    print(11, textwrap.wrap('e.g. tab\there supercalifragilistic 1-2-3', 9, **{}))
except ValueError as e:
    print("ValueError", e)
print("".join(difflib.unified_diff(['e.g.\n', 'mid-\n', 'well-known\n', 'e.g.\n', 'ccc\n', 'x-ray\n', 'a--b\n', '-lead\n', '-lead\n', 'ccc\n', 'new\nline\n', '--\n'], ['e.g.\n', 'mid-\n', 'well-known\n', 'e.g.\n', 'ccc\n', 'tab\therez\n', '-lead\n', '-lead\n', 'ccc\n', '  \n', 'new\nline\n', '--\n'], n=1)), end="")
print("".join(difflib.ndiff(['e.g.\n', 'mid-\n', 'well-known\n', 'e.g.\n', 'ccc\n', 'x-ray\n', 'a--b\n', '-lead\n', '-lead\n', 'ccc\n', 'new\nline\n', '--\n'], ['e.g.\n', 'mid-\n', 'well-known\n', 'e.g.\n', 'ccc\n', 'tab\therez\n', '-lead\n', '-lead\n', 'ccc\n', '  \n', 'new\nline\n', '--\n'])), end="")
s = difflib.SequenceMatcher(None, 'e.g. tab\there supercalifragilistic 1-2-3', 'tab\there supercalifragilistic 1-2-3'); print(s.get_opcodes(), s.ratio())
try:
    print(12, textwrap.wrap('tab\there a--b über', 13, **{'break_on_hyphens': False, 'drop_whitespace': False, 'expand_tabs': True, 'initial_indent': '', 'tabsize': 4}))
except ValueError as e:
    print("ValueError", e)
print("".join(difflib.unified_diff(['supercalifragilistic\n', 'e.g.\n', 'End.\n', '1-2-3\n', 'e.g.\n', '-lead\n', 'new\nline\n', 'long-winded-word\n'], ['supercalifragilistic\n', 'az\n', '1-2-3\n', 'e.g.\n', '-lead\n', '1-2-3z\n', 'new\nline\n', 'long-winded-word\n'], n=0)), end="")
print("".join(difflib.ndiff(['supercalifragilistic\n', 'e.g.\n', 'End.\n', '1-2-3\n', 'e.g.\n', '-lead\n', 'new\nline\n', 'long-winded-word\n'], ['supercalifragilistic\n', 'az\n', '1-2-3\n', 'e.g.\n', '-lead\n', '1-2-3z\n', 'new\nline\n', 'long-winded-word\n'])), end="")
s = difflib.SequenceMatcher(None, 'tab\there a--b über', 'ere a--b über'); print(s.get_opcodes(), s.ratio())
try:
    print(13, textwrap.wrap('End. -lead mid- x-ray ccc \t q? 1-2-3 End. tab\there \t -lead q? \t Yes! a well-known', 21, **{'tabsize': 8}))
except ValueError as e:
    print("ValueError", e)
print("".join(difflib.unified_diff(['a--b\n', '\t\n', 'supercalifragilistic\n', 'new\nline\n', 'a--b\n', '\t\n', 'tab\there\n', 'End.\n', 'long-winded-word\n', 'new\nline\n'], ['a--b\n', '\t\n', 'supercalifragilistic\n', 'new\nline\n', 'a--b\n', 'supercalifragilisticz\n', 'Yes!\n', 'tab\there\n', 'End.\n', 'long-winded-word\n', 'new\nline\n', '1-2-3z\n'], n=0)), end="")
print("".join(difflib.ndiff(['a--b\n', '\t\n', 'supercalifragilistic\n', 'new\nline\n', 'a--b\n', '\t\n', 'tab\there\n', 'End.\n', 'long-winded-word\n', 'new\nline\n'], ['a--b\n', '\t\n', 'supercalifragilistic\n', 'new\nline\n', 'a--b\n', 'supercalifragilisticz\n', 'Yes!\n', 'tab\there\n', 'End.\n', 'long-winded-word\n', 'new\nline\n', '1-2-3z\n'])), end="")
s = difflib.SequenceMatcher(None, 'End. -lead mid- x-ray ccc \t q? 1-2-3 End', '-lead mid- x-ray ccc \t q? 1-2-3 End. tab\there'); print(s.get_opcodes(), s.ratio())
try:
    print(14, textwrap.wrap('-- mid- mid- End. mid- a tab\there mid- x-ray mid- "quoted." e.g. long-winded-word ccc a--b', 31, **{'break_long_words': False, 'max_lines': None, 'subsequent_indent': ''}))
except ValueError as e:
    print("ValueError", e)
print("".join(difflib.unified_diff(['q?\n'], ['q?\n'], n=3)), end="")
print("".join(difflib.ndiff(['q?\n'], ['q?\n'])), end="")
s = difflib.SequenceMatcher(None, '-- mid- mid- End. mid- a tab\there mid- x', 'd- mid- End. mid- a tab\there mid- x-ray mid- '); print(s.get_opcodes(), s.ratio())
try:
    print(15, textwrap.wrap('', 27, **{'break_long_words': True, 'replace_whitespace': True, 'max_lines': 1, 'initial_indent': ''}))
except ValueError as e:
    print("ValueError", e)
print("".join(difflib.unified_diff(['\t\n', 'über\n', 'bb\n', 'long-winded-word\n', 'End.\n', 'mid-\n', 'über\n'], ['\t\n', 'über\n', '  \n', 'bb\n', '"quoted."\n', 'long-winded-word\n', 'End.\n', 'mid-\n', 'über\n'], n=2)), end="")
print("".join(difflib.ndiff(['\t\n', 'über\n', 'bb\n', 'long-winded-word\n', 'End.\n', 'mid-\n', 'über\n'], ['\t\n', 'über\n', '  \n', 'bb\n', '"quoted."\n', 'long-winded-word\n', 'End.\n', 'mid-\n', 'über\n'])), end="")
s = difflib.SequenceMatcher(None, '', ''); print(s.get_opcodes(), s.ratio())
try:
    print(16, textwrap.wrap('Yes! -- e.g. a--b -- -lead a a--b "quoted." Yes! tab\there -- e.g. supercalifragilistic ccc mid- long-winded-word 1-2-3 new\nline', 23, **{'drop_whitespace': False, 'expand_tabs': True, 'tabsize': 8}))
except ValueError as e:
    print("ValueError", e)
print("".join(difflib.unified_diff(['well-known\n'], ['well-known\n', 'well-known\n'], n=1)), end="")
print("".join(difflib.ndiff(['well-known\n'], ['well-known\n', 'well-known\n'])), end="")
s = difflib.SequenceMatcher(None, 'Yes! -- e.g. a--b -- -lead a a--b "quote', '-- e.g. a--b -- -lead a a--b "quoted." Yes! t'); print(s.get_opcodes(), s.ratio())
try:
    print(17, textwrap.wrap('bb', 10, **{'break_on_hyphens': True, 'tabsize': 8}))
except ValueError as e:
    print("ValueError", e)
print("".join(difflib.unified_diff(['"quoted."\n', '--\n', '  \n'], ['"quoted."\n', '--\n', '  \n', 'supercalifragilistic\n'], n=3)), end="")
print("".join(difflib.ndiff(['"quoted."\n', '--\n', '  \n'], ['"quoted."\n', '--\n', '  \n', 'supercalifragilistic\n'])), end="")
s = difflib.SequenceMatcher(None, 'bb', ''); print(s.get_opcodes(), s.ratio())
try:
    print(18, textwrap.wrap('e.g. Yes!    1-2-3 well-known supercalifragilistic ccc bb a a    Yes! "quoted." 1-2-3 End. supercalifragilistic "quoted." long-winded-word mid- x-ray a a', 12, **{'expand_tabs': True, 'subsequent_indent': ''}))
except ValueError as e:
    print("ValueError", e)
print("".join(difflib.unified_diff([], ['a\n'], n=3)), end="")
print("".join(difflib.ndiff([], ['a\n'])), end="")
s = difflib.SequenceMatcher(None, 'e.g. Yes!    1-2-3 well-known supercalif', 'Yes!    1-2-3 well-known supercalifragilistic'); print(s.get_opcodes(), s.ratio())
try:
    print(19, textwrap.wrap('x-ray e.g. -lead supercalifragilistic -lead new\nline "quoted." Yes! mid- e.g. e.g. mid- mid- -- -- bb 1-2-3 1-2-3 long-winded-word q?', 8, **{}))
except ValueError as e:
    print("ValueError", e)
print("".join(difflib.unified_diff(['e.g.\n', 'a--b\n', 'ccc\n', 'e.g.\n', 'long-winded-word\n', 'well-known\n', 'x-ray\n', 'bb\n', 'supercalifragilistic\n', 'tab\there\n', 'bb\n'], ['e.g.\n', 'a--b\n', 'ccc\n', 'e.g.\n', 'long-winded-word\n', 'well-known\n', 'x-ray\n', 'bb\n', 'supercalifragilistic\n', 'tab\there\n', 'bb\n'], n=0)), end="")
print("".join(difflib.ndiff(['e.g.\n', 'a--b\n', 'ccc\n', 'e.g.\n', 'long-winded-word\n', 'well-known\n', 'x-ray\n', 'bb\n', 'supercalifragilistic\n', 'tab\there\n', 'bb\n'], ['e.g.\n', 'a--b\n', 'ccc\n', 'e.g.\n', 'long-winded-word\n', 'well-known\n', 'x-ray\n', 'bb\n', 'supercalifragilistic\n', 'tab\there\n', 'bb\n'])), end="")
s = difflib.SequenceMatcher(None, 'x-ray e.g. -lead supercalifragilistic -l', ' e.g. -lead supercalifragilistic -lead new\nli'); print(s.get_opcodes(), s.ratio())
try:
    print(20, textwrap.wrap('   \t q? well-known Yes! bb x-ray über bb new\nline -lead x-ray "quoted." new\nline a \t', 31, **{'break_long_words': False, 'drop_whitespace': True, 'expand_tabs': False, 'max_lines': 2}))
except ValueError as e:
    print("ValueError", e)
print("".join(difflib.unified_diff(['\t\n', 'über\n', 'supercalifragilistic\n'], ['\t\n', '1-2-3z\n', 'supercalifragilistic\n'], n=0)), end="")
print("".join(difflib.ndiff(['\t\n', 'über\n', 'supercalifragilistic\n'], ['\t\n', '1-2-3z\n', 'supercalifragilistic\n'])), end="")
s = difflib.SequenceMatcher(None, '   \t q? well-known Yes! bb x-ray über bb', 'q? well-known Yes! bb x-ray über bb new\nline '); print(s.get_opcodes(), s.ratio())
try:
    print(21, textwrap.wrap('mid- new\nline \t über', 12, **{'max_lines': None, 'initial_indent': '> ', 'tabsize': 4}))
except ValueError as e:
    print("ValueError", e)
print("".join(difflib.unified_diff(['ccc\n', 'bb\n', 'End.\n', 'mid-\n', 'über\n', 'Yes!\n', 'tab\there\n', 'End.\n', 'Yes!\n'], ['ccc\n', 'bb\n', 'End.\n', 'mid-\n', 'über\n', 'Yes!\n', 'tab\there\n', 'End.\n', 'well-known\n'], n=1)), end="")
print("".join(difflib.ndiff(['ccc\n', 'bb\n', 'End.\n', 'mid-\n', 'über\n', 'Yes!\n', 'tab\there\n', 'End.\n', 'Yes!\n'], ['ccc\n', 'bb\n', 'End.\n', 'mid-\n', 'über\n', 'Yes!\n', 'tab\there\n', 'End.\n', 'well-known\n'])), end="")
s = difflib.SequenceMatcher(None, 'mid- new\nline \t über', 'new\nline \t über'); print(s.get_opcodes(), s.ratio())
try:
    print(22, textwrap.wrap('Yes! Yes! 1-2-3 ccc new\nline e.g.    new\nline q? "quoted."', 27, **{'expand_tabs': False}))
except ValueError as e:
    print("ValueError", e)
print("".join(difflib.unified_diff(['mid-\n', 'q?\n', '"quoted."\n', 'End.\n', 'new\nline\n', 'a--b\n', 'Yes!\n', 'über\n', '\t\n', 'long-winded-word\n', 'a\n', 'x-ray\n'], ['mid-\n', 'q?\n', '1-2-3z\n', 'End.\n', 'new\nline\n', 'a--b\n', 'long-winded-wordz\n', 'über\n', '\t\n', 'long-winded-word\n', 'a\n', 'x-ray\n'], n=0)), end="")
print("".join(difflib.ndiff(['mid-\n', 'q?\n', '"quoted."\n', 'End.\n', 'new\nline\n', 'a--b\n', 'Yes!\n', 'über\n', '\t\n', 'long-winded-word\n', 'a\n', 'x-ray\n'], ['mid-\n', 'q?\n', '1-2-3z\n', 'End.\n', 'new\nline\n', 'a--b\n', 'long-winded-wordz\n', 'über\n', '\t\n', 'long-winded-word\n', 'a\n', 'x-ray\n'])), end="")
s = difflib.SequenceMatcher(None, 'Yes! Yes! 1-2-3 ccc new\nline e.g.    new', 'Yes! 1-2-3 ccc new\nline e.g.    new\nline q? "'); print(s.get_opcodes(), s.ratio())
try:
    print(23, textwrap.wrap('well-known über -lead e.g. well-known supercalifragilistic e.g. ccc mid- 1-2-3 \t mid- ccc ccc supercalifragilistic mid- long-winded-word \t tab\there a 1-2-3 q?    End. --', 20, **{}))
except ValueError as e:
    print("ValueError", e)
print("".join(difflib.unified_diff(['supercalifragilistic\n', 'a\n', 'über\n', '"quoted."\n', '\t\n', '  \n'], ['supercalifragilistic\n', 'a\n', 'über\n', '"quoted."\n', '\t\n', '  \n'], n=3)), end="")
print("".join(difflib.ndiff(['supercalifragilistic\n', 'a\n', 'über\n', '"quoted."\n', '\t\n', '  \n'], ['supercalifragilistic\n', 'a\n', 'über\n', '"quoted."\n', '\t\n', '  \n'])), end="")
s = difflib.SequenceMatcher(None, 'well-known über -lead e.g. well-known su', 'known über -lead e.g. well-known supercalifra'); print(s.get_opcodes(), s.ratio())
try:
    print(24, textwrap.wrap('\t 1-2-3 1-2-3 tab\there bb q? new\nline a supercalifragilistic End. mid- a über well-known End. \t Yes! über mid-', 36, **{}))
except ValueError as e:
    print("ValueError", e)
print("".join(difflib.unified_diff(['1-2-3\n', 'x-ray\n', 'über\n', 'long-winded-word\n', 'e.g.\n', 'mid-\n', 'a\n'], ['-leadz\n', 'x-ray\n', 'über\n', 'long-winded-word\n', 'e.g.\n', 'mid-\n', 'End.\n', 'a\n'], n=0)), end="")
print("".join(difflib.ndiff(['1-2-3\n', 'x-ray\n', 'über\n', 'long-winded-word\n', 'e.g.\n', 'mid-\n', 'a\n'], ['-leadz\n', 'x-ray\n', 'über\n', 'long-winded-word\n', 'e.g.\n', 'mid-\n', 'End.\n', 'a\n'])), end="")
s = difflib.SequenceMatcher(None, '\t 1-2-3 1-2-3 tab\there bb q? new\nline a ', '-3 1-2-3 tab\there bb q? new\nline a supercalif'); print(s.get_opcodes(), s.ratio())
try:
    print(25, textwrap.wrap('a "quoted."', 20, **{'break_long_words': False, 'initial_indent': '> ', 'subsequent_indent': '', 'tabsize': 8}))
except ValueError as e:
    print("ValueError", e)
print("".join(difflib.unified_diff(['x-ray\n', '1-2-3\n', 'End.\n', 'tab\there\n', 'e.g.\n'], ['x-ray\n', '  z\n', 'tab\therez\n', '  z\n'], n=3)), end="")
print("".join(difflib.ndiff(['x-ray\n', '1-2-3\n', 'End.\n', 'tab\there\n', 'e.g.\n'], ['x-ray\n', '  z\n', 'tab\therez\n', '  z\n'])), end="")
s = difflib.SequenceMatcher(None, 'a "quoted."', 'oted."'); print(s.get_opcodes(), s.ratio())
try:
    print(26, textwrap.wrap('ccc x-ray', 38, **{'break_long_words': True, 'break_on_hyphens': True, 'drop_whitespace': True, 'subsequent_indent': ''}))
except ValueError as e:
    print("ValueError", e)
print("".join(difflib.unified_diff(['q?\n', 'bb\n', 'mid-\n', 'well-known\n', 'über\n', '-lead\n'], ['q?\n', 'bbz\n', 'well-knownz\n', 'long-winded-wordz\n', 'über\n', '-lead\n'], n=0)), end="")
print("".join(difflib.ndiff(['q?\n', 'bb\n', 'mid-\n', 'well-known\n', 'über\n', '-lead\n'], ['q?\n', 'bbz\n', 'well-knownz\n', 'long-winded-wordz\n', 'über\n', '-lead\n'])), end="")
s = difflib.SequenceMatcher(None, 'ccc x-ray', '-ray'); print(s.get_opcodes(), s.ratio())
try:
    print(27, textwrap.wrap('well-known -lead new\nline End. -lead \t    "quoted." well-known a--b    well-known', 25, **{'break_long_words': True, 'break_on_hyphens': False, 'replace_whitespace': False}))
except ValueError as e:
    print("ValueError", e)
print("".join(difflib.unified_diff(['well-known\n', 'a\n', '-lead\n', 'q?\n', 'e.g.\n', 'bb\n', 'über\n'], ['well-known\n', '--\n', 'e.g.\n', 'a\n', '-lead\n', '--\n', 'q?\n', 'e.g.\n', 'bbz\n'], n=1)), end="")
print("".join(difflib.ndiff(['well-known\n', 'a\n', '-lead\n', 'q?\n', 'e.g.\n', 'bb\n', 'über\n'], ['well-known\n', '--\n', 'e.g.\n', 'a\n', '-lead\n', '--\n', 'q?\n', 'e.g.\n', 'bbz\n'])), end="")
s = difflib.SequenceMatcher(None, 'well-known -lead new\nline End. -lead \t  ', 'known -lead new\nline End. -lead \t    "quoted.'); print(s.get_opcodes(), s.ratio())
try:
    print(28, textwrap.wrap('e.g. e.g.    End. e.g.    supercalifragilistic    q? a--b    -- Yes!', 12, **{'break_long_words': True, 'expand_tabs': False, 'max_lines': None}))
except ValueError as e:
    print("ValueError", e)
print("".join(difflib.unified_diff(['e.g.\n', '--\n'], ['e.g.\n', '--\n'], n=0)), end="")
print("".join(difflib.ndiff(['e.g.\n', '--\n'], ['e.g.\n', '--\n'])), end="")
s = difflib.SequenceMatcher(None, 'e.g. e.g.    End. e.g.    supercalifragi', 'e.g.    End. e.g.    supercalifragilistic    '); print(s.get_opcodes(), s.ratio())
try:
    print(29, textwrap.wrap('long-winded-word -lead well-known -- 1-2-3 supercalifragilistic \t 1-2-3 -lead End. tab\there Yes! a a End. a--b -- ccc', 21, **{'break_on_hyphens': False, 'drop_whitespace': False, 'fix_sentence_endings': True, 'replace_whitespace': True, 'initial_indent': '', 'subsequent_indent': '', 'tabsize': 8}))
except ValueError as e:
    print("ValueError", e)
print("".join(difflib.unified_diff(['bb\n', 'q?\n', 'a\n', 'ccc\n', 'x-ray\n', '"quoted."\n', 'q?\n', 'mid-\n'], ['bb\n', 'q?\n', 'a--bz\n', 'ccc\n', 'q?\n', 'mid-z\n'], n=3)), end="")
print("".join(difflib.ndiff(['bb\n', 'q?\n', 'a\n', 'ccc\n', 'x-ray\n', '"quoted."\n', 'q?\n', 'mid-\n'], ['bb\n', 'q?\n', 'a--bz\n', 'ccc\n', 'q?\n', 'mid-z\n'])), end="")
s = difflib.SequenceMatcher(None, 'long-winded-word -lead well-known -- 1-2', 'winded-word -lead well-known -- 1-2-3 superca'); print(s.get_opcodes(), s.ratio())
try:
    print(30, textwrap.wrap('-lead 1-2-3', 31, **{'subsequent_indent': '', 'tabsize': 8}))
except ValueError as e:
    print("ValueError", e)
print("".join(difflib.unified_diff(['über\n', 'a\n', 'e.g.\n', 'über\n'], ['a\n', 'e.g.\n', 'e.g.z\n'], n=2)), end="")
print("".join(difflib.ndiff(['über\n', 'a\n', 'e.g.\n', 'über\n'], ['a\n', 'e.g.\n', 'e.g.z\n'])), end="")
s = difflib.SequenceMatcher(None, '-lead 1-2-3', ' 1-2-3'); print(s.get_opcodes(), s.ratio())
try:
    print(31, textwrap.wrap('mid- über', 34, **{'initial_indent': '', 'tabsize': 8}))
except ValueError as e:
    print("ValueError", e)
print("".join(difflib.unified_diff(['Yes!\n', 'q?\n', 'End.\n', 'long-winded-word\n', 'x-ray\n', '"quoted."\n', 'new\nline\n', '"quoted."\n', 'well-known\n', 'a--b\n', 'x-ray\n', 'e.g.\n'], ['überz\n', 'q?\n', 'End.\n', 'long-winded-word\n', 'x-ray\n', '"quoted."\n', 'new\nline\n', '"quoted."\n', 'well-known\n', 'mid-z\n', 'x-ray\n', 'e.g.\n'], n=1)), end="")
print("".join(difflib.ndiff(['Yes!\n', 'q?\n', 'End.\n', 'long-winded-word\n', 'x-ray\n', '"quoted."\n', 'new\nline\n', '"quoted."\n', 'well-known\n', 'a--b\n', 'x-ray\n', 'e.g.\n'], ['überz\n', 'q?\n', 'End.\n', 'long-winded-word\n', 'x-ray\n', '"quoted."\n', 'new\nline\n', '"quoted."\n', 'well-known\n', 'mid-z\n', 'x-ray\n', 'e.g.\n'])), end="")
s = difflib.SequenceMatcher(None, 'mid- über', 'über'); print(s.get_opcodes(), s.ratio())
try:
    print(32, textwrap.wrap('über well-known new\nline a tab\there a--b -lead tab\there e.g. q? tab\there "quoted."', 39, **{'break_on_hyphens': False}))
except ValueError as e:
    print("ValueError", e)
print("".join(difflib.unified_diff(['1-2-3\n', 'mid-\n', 'q?\n', '  \n'], ['well-knownz\n', 'q?z\n'], n=0)), end="")
print("".join(difflib.ndiff(['1-2-3\n', 'mid-\n', 'q?\n', '  \n'], ['well-knownz\n', 'q?z\n'])), end="")
s = difflib.SequenceMatcher(None, 'über well-known new\nline a tab\there a--b', 'well-known new\nline a tab\there a--b -lead tab'); print(s.get_opcodes(), s.ratio())
try:
    print(33, textwrap.wrap('tab\there tab\there "quoted." q? End. Yes! new\nline -- mid- a--b \t x-ray bb Yes! -lead well-known \t long-winded-word über', 25, **{'replace_whitespace': True, 'subsequent_indent': '', 'tabsize': 4}))
except ValueError as e:
    print("ValueError", e)
print("".join(difflib.unified_diff(['--\n', '-lead\n', 'new\nline\n', '  \n', 'q?\n', '  \n', 'mid-\n', '-lead\n', 'supercalifragilistic\n', 'tab\there\n'], ['--\n', '1-2-3\n', '-lead\n', 'new\nline\n', 'x-ray\n', '  \n', '  \n', 'mid-\n', '-lead\n', 'supercalifragilistic\n', 'tab\there\n'], n=3)), end="")
print("".join(difflib.ndiff(['--\n', '-lead\n', 'new\nline\n', '  \n', 'q?\n', '  \n', 'mid-\n', '-lead\n', 'supercalifragilistic\n', 'tab\there\n'], ['--\n', '1-2-3\n', '-lead\n', 'new\nline\n', 'x-ray\n', '  \n', '  \n', 'mid-\n', '-lead\n', 'supercalifragilistic\n', 'tab\there\n'])), end="")
s = difflib.SequenceMatcher(None, 'tab\there tab\there "quoted." q? End. Yes!', 'ere tab\there "quoted." q? End. Yes! new\nline '); print(s.get_opcodes(), s.ratio())
try:
    print(34, textwrap.wrap('a mid- ccc', 18, **{'max_lines': 3, 'tabsize': 4}))
except ValueError as e:
    print("ValueError", e)
print("".join(difflib.unified_diff(['"quoted."\n', 'a\n', 'über\n', '--\n', 'tab\there\n', 'long-winded-word\n', '-lead\n', 'long-winded-word\n'], ['a\n', 'cccz\n', '--\n', 'tab\there\n', 'long-winded-word\n', '-lead\n', 'long-winded-word\n'], n=1)), end="")
print("".join(difflib.ndiff(['"quoted."\n', 'a\n', 'über\n', '--\n', 'tab\there\n', 'long-winded-word\n', '-lead\n', 'long-winded-word\n'], ['a\n', 'cccz\n', '--\n', 'tab\there\n', 'long-winded-word\n', '-lead\n', 'long-winded-word\n'])), end="")
s = difflib.SequenceMatcher(None, 'a mid- ccc', '- ccc'); print(s.get_opcodes(), s.ratio())
try:
    print(35, textwrap.wrap('-- bb \t supercalifragilistic \t a--b mid- über ccc -- "quoted." new\nline well-known', 14, **{'break_on_hyphens': True, 'max_lines': None, 'initial_indent': '> '}))
except ValueError as e:
    print("ValueError", e)
print("".join(difflib.unified_diff(['x-ray\n', 'über\n', 'Yes!\n', 'über\n', 'mid-\n', 'new\nline\n', '\t\n', 'tab\there\n', 'über\n'], ['x-ray\n', 'über\n', 'Yes!\n', '"quoted."z\n', 'mid-\n', 'new\nline\n', '\t\n', 'tab\there\n', 'über\n'], n=3)), end="")
print("".join(difflib.ndiff(['x-ray\n', 'über\n', 'Yes!\n', 'über\n', 'mid-\n', 'new\nline\n', '\t\n', 'tab\there\n', 'über\n'], ['x-ray\n', 'über\n', 'Yes!\n', '"quoted."z\n', 'mid-\n', 'new\nline\n', '\t\n', 'tab\there\n', 'über\n'])), end="")
s = difflib.SequenceMatcher(None, '-- bb \t supercalifragilistic \t a--b mid-', ' \t supercalifragilistic \t a--b mid- über ccc '); print(s.get_opcodes(), s.ratio())
try:
    print(36, textwrap.wrap('q? x-ray e.g. 1-2-3 e.g. long-winded-word a--b ccc', 16, **{'drop_whitespace': False, 'fix_sentence_endings': True, 'expand_tabs': False, 'replace_whitespace': True, 'initial_indent': ''}))
except ValueError as e:
    print("ValueError", e)
print("".join(difflib.unified_diff(['tab\there\n', '--\n', '1-2-3\n', 'x-ray\n', 'über\n', 'new\nline\n', '"quoted."\n', 'supercalifragilistic\n'], ['tab\there\n', '--\n', '1-2-3\n', 'x-ray\n', 'über\n', 'new\nline\n', '"quoted."\n', 'supercalifragilistic\n'], n=0)), end="")
print("".join(difflib.ndiff(['tab\there\n', '--\n', '1-2-3\n', 'x-ray\n', 'über\n', 'new\nline\n', '"quoted."\n', 'supercalifragilistic\n'], ['tab\there\n', '--\n', '1-2-3\n', 'x-ray\n', 'über\n', 'new\nline\n', '"quoted."\n', 'supercalifragilistic\n'])), end="")
s = difflib.SequenceMatcher(None, 'q? x-ray e.g. 1-2-3 e.g. long-winded-wor', 'ray e.g. 1-2-3 e.g. long-winded-word a--b ccc'); print(s.get_opcodes(), s.ratio())
try:
    print(37, textwrap.wrap('-lead bb a "quoted."', 15, **{'fix_sentence_endings': False, 'max_lines': None}))
except ValueError as e:
    print("ValueError", e)
print("".join(difflib.unified_diff(['End.\n', 'x-ray\n', 'q?\n'], ['End.\n', 'x-ray\n', 'supercalifragilisticz\n'], n=2)), end="")
print("".join(difflib.ndiff(['End.\n', 'x-ray\n', 'q?\n'], ['End.\n', 'x-ray\n', 'supercalifragilisticz\n'])), end="")
s = difflib.SequenceMatcher(None, '-lead bb a "quoted."', ' bb a "quoted."'); print(s.get_opcodes(), s.ratio())
try:
    print(38, textwrap.wrap('new\nline e.g. a--b bb bb Yes! long-winded-word x-ray mid- well-known well-known tab\there mid- 1-2-3 -- supercalifragilistic \t \t "quoted." well-known supercalifragilistic "quoted." -lead \t', 39, **{'break_long_words': False, 'subsequent_indent': ''}))
except ValueError as e:
    print("ValueError", e)
print("".join(difflib.unified_diff(['--\n', 'tab\there\n', 'e.g.\n', '-lead\n', 'tab\there\n', '"quoted."\n', 'e.g.\n', '  \n'], ['--\n', 'tab\there\n', 'e.g.\n', '-lead\n', 'tab\there\n', '"quoted."\n', 'e.g.\n', '  \n'], n=1)), end="")
print("".join(difflib.ndiff(['--\n', 'tab\there\n', 'e.g.\n', '-lead\n', 'tab\there\n', '"quoted."\n', 'e.g.\n', '  \n'], ['--\n', 'tab\there\n', 'e.g.\n', '-lead\n', 'tab\there\n', '"quoted."\n', 'e.g.\n', '  \n'])), end="")
s = difflib.SequenceMatcher(None, 'new\nline e.g. a--b bb bb Yes! long-winde', 'ine e.g. a--b bb bb Yes! long-winded-word x-r'); print(s.get_opcodes(), s.ratio())
try:
    print(39, textwrap.wrap('über a new\nline bb   ', 8, **{'break_long_words': False, 'drop_whitespace': True, 'replace_whitespace': True, 'initial_indent': '> ', 'tabsize': 4}))
except ValueError as e:
    print("ValueError", e)
print("".join(difflib.unified_diff(['bb\n', 'new\nline\n', 'bb\n', 'a--b\n', 'long-winded-word\n'], ['bb\n', 'new\nline\n', 'bb\n', 'End.z\n', 'long-winded-word\n'], n=0)), end="")
print("".join(difflib.ndiff(['bb\n', 'new\nline\n', 'bb\n', 'a--b\n', 'long-winded-word\n'], ['bb\n', 'new\nline\n', 'bb\n', 'End.z\n', 'long-winded-word\n'])), end="")
s = difflib.SequenceMatcher(None, 'über a new\nline bb   ', 'a new\nline bb   '); print(s.get_opcodes(), s.ratio())
try:
    print(40, textwrap.wrap('\t ccc 1-2-3 "quoted." ccc "quoted." \t 1-2-3 mid- End. "quoted." e.g. q?    bb über    a', 10, **{'fix_sentence_endings': True, 'expand_tabs': False, 'tabsize': 8}))
except ValueError as e:
    print("ValueError", e)
print("".join(difflib.unified_diff(['Yes!\n', 'q?\n', 'über\n', 'bb\n', 'mid-\n'], ['Yes!\n', 'q?\n', 'über\n', 'mid-\n', 'mid-\n'], n=3)), end="")
print("".join(difflib.ndiff(['Yes!\n', 'q?\n', 'über\n', 'bb\n', 'mid-\n'], ['Yes!\n', 'q?\n', 'über\n', 'mid-\n', 'mid-\n'])), end="")
s = difflib.SequenceMatcher(None, '\t ccc 1-2-3 "quoted." ccc "quoted." \t 1-', ' 1-2-3 "quoted." ccc "quoted." \t 1-2-3 mid- E'); print(s.get_opcodes(), s.ratio())
try:
    print(41, textwrap.wrap('\t über a long-winded-word Yes! q? supercalifragilistic x-ray 1-2-3 x-ray', 29, **{'max_lines': 1, 'initial_indent': '', 'tabsize': 4}))
except ValueError as e:
    print("ValueError", e)
print("".join(difflib.unified_diff(['End.\n', '1-2-3\n', 'a--b\n', 'ccc\n', 'ccc\n', 'long-winded-word\n', 'e.g.\n', 'tab\there\n'], ['End.\n', '1-2-3\n', 'a--b\n', 'ccc\n', 'ccc\n', 'long-winded-word\n', 'e.g.\n', 'tab\there\n'], n=1)), end="")
print("".join(difflib.ndiff(['End.\n', '1-2-3\n', 'a--b\n', 'ccc\n', 'ccc\n', 'long-winded-word\n', 'e.g.\n', 'tab\there\n'], ['End.\n', '1-2-3\n', 'a--b\n', 'ccc\n', 'ccc\n', 'long-winded-word\n', 'e.g.\n', 'tab\there\n'])), end="")
s = difflib.SequenceMatcher(None, '\t über a long-winded-word Yes! q? superc', 'r a long-winded-word Yes! q? supercalifragili'); print(s.get_opcodes(), s.ratio())
try:
    print(42, textwrap.wrap('über mid- e.g. -- supercalifragilistic well-known e.g.    bb', 6, **{'replace_whitespace': False, 'initial_indent': '', 'subsequent_indent': '  '}))
except ValueError as e:
    print("ValueError", e)
print("".join(difflib.unified_diff([], [], n=1)), end="")
print("".join(difflib.ndiff([], [])), end="")
s = difflib.SequenceMatcher(None, 'über mid- e.g. -- supercalifragilistic w', 'mid- e.g. -- supercalifragilistic well-known '); print(s.get_opcodes(), s.ratio())
try:
    print(43, textwrap.wrap('-- well-known 1-2-3 x-ray 1-2-3 \t', 4, **{'break_long_words': False}))
except ValueError as e:
    print("ValueError", e)
print("".join(difflib.unified_diff(['bb\n', 'long-winded-word\n', 'e.g.\n', 'über\n', 'bb\n', 'a\n', '--\n'], ['bb\n', 'long-winded-word\n', 'e.g.\n', 'über\n', 'bb\n', 'a\n', '--\n'], n=1)), end="")
print("".join(difflib.ndiff(['bb\n', 'long-winded-word\n', 'e.g.\n', 'über\n', 'bb\n', 'a\n', '--\n'], ['bb\n', 'long-winded-word\n', 'e.g.\n', 'über\n', 'bb\n', 'a\n', '--\n'])), end="")
s = difflib.SequenceMatcher(None, '-- well-known 1-2-3 x-ray 1-2-3 \t', 'll-known 1-2-3 x-ray 1-2-3 \t'); print(s.get_opcodes(), s.ratio())
try:
    print(44, textwrap.wrap('\t', 35, **{'break_long_words': False, 'break_on_hyphens': False, 'replace_whitespace': True, 'max_lines': 3, 'initial_indent': '> '}))
except ValueError as e:
    print("ValueError", e)
print("".join(difflib.unified_diff([], [], n=3)), end="")
print("".join(difflib.ndiff([], [])), end="")
s = difflib.SequenceMatcher(None, '\t', ''); print(s.get_opcodes(), s.ratio())
try:
    print(45, textwrap.wrap('1-2-3 Yes! Yes! ccc mid- tab\there supercalifragilistic \t    a--b 1-2-3 -lead über \t    a--b -lead 1-2-3 new\nline a--b    long-winded-word', 26, **{'max_lines': 1, 'initial_indent': ''}))
except ValueError as e:
    print("ValueError", e)
print("".join(difflib.unified_diff(['\t\n', 'new\nline\n', 'supercalifragilistic\n'], ['e.g.\n', 'bbz\n', 'mid-\n'], n=3)), end="")
print("".join(difflib.ndiff(['\t\n', 'new\nline\n', 'supercalifragilistic\n'], ['e.g.\n', 'bbz\n', 'mid-\n'])), end="")
s = difflib.SequenceMatcher(None, '1-2-3 Yes! Yes! ccc mid- tab\there superc', ' Yes! Yes! ccc mid- tab\there supercalifragili'); print(s.get_opcodes(), s.ratio())
try:
    print(46, textwrap.wrap('', 25, **{'expand_tabs': True, 'subsequent_indent': '  '}))
except ValueError as e:
    print("ValueError", e)
print("".join(difflib.unified_diff(['a\n', 'mid-\n', 'long-winded-word\n'], ['new\nlinez\n', 'tab\therez\n', 'long-winded-word\n', 'tab\there\n'], n=0)), end="")
print("".join(difflib.ndiff(['a\n', 'mid-\n', 'long-winded-word\n'], ['new\nlinez\n', 'tab\therez\n', 'long-winded-word\n', 'tab\there\n'])), end="")
s = difflib.SequenceMatcher(None, '', ''); print(s.get_opcodes(), s.ratio())
try:
    print(47, textwrap.wrap('-- mid- -- -- "quoted." "quoted." supercalifragilistic a--b x-ray End. q? a -lead End. new\nline    long-winded-word -lead x-ray', 23, **{'break_long_words': False, 'max_lines': 1}))
except ValueError as e:
    print("ValueError", e)
print("".join(difflib.unified_diff(['ccc\n', 'mid-\n', '  \n', 'well-known\n', '\t\n', '--\n', 'a--b\n', 'mid-\n', 'e.g.\n', 'tab\there\n', 'q?\n', '--\n'], ['ccc\n', 'mid-\n', '  \n', 'well-known\n', '\t\n', '--\n', 'a--b\n', 'mid-\n', 'e.g.\n', 'tab\there\n', 'q?\n', '--\n'], n=0)), end="")
print("".join(difflib.ndiff(['ccc\n', 'mid-\n', '  \n', 'well-known\n', '\t\n', '--\n', 'a--b\n', 'mid-\n', 'e.g.\n', 'tab\there\n', 'q?\n', '--\n'], ['ccc\n', 'mid-\n', '  \n', 'well-known\n', '\t\n', '--\n', 'a--b\n', 'mid-\n', 'e.g.\n', 'tab\there\n', 'q?\n', '--\n'])), end="")
s = difflib.SequenceMatcher(None, '-- mid- -- -- "quoted." "quoted." superc', 'd- -- -- "quoted." "quoted." supercalifragili'); print(s.get_opcodes(), s.ratio())
try:
    print(48, textwrap.wrap('\t \t \t long-winded-word x-ray End. bb ccc supercalifragilistic a -lead bb tab\there a ccc bb a bb über', 6, **{'replace_whitespace': False, 'initial_indent': '> ', 'tabsize': 4}))
except ValueError as e:
    print("ValueError", e)
print("".join(difflib.unified_diff(['Yes!\n', 'tab\there\n', 'well-known\n', 'a\n', '1-2-3\n'], ['long-winded-word\n', 'Yes!\n', 'tab\there\n', 'well-known\n', 'a\n', '1-2-3\n'], n=1)), end="")
print("".join(difflib.ndiff(['Yes!\n', 'tab\there\n', 'well-known\n', 'a\n', '1-2-3\n'], ['long-winded-word\n', 'Yes!\n', 'tab\there\n', 'well-known\n', 'a\n', '1-2-3\n'])), end="")
s = difflib.SequenceMatcher(None, '\t \t \t long-winded-word x-ray End. bb ccc', ' long-winded-word x-ray End. bb ccc supercali'); print(s.get_opcodes(), s.ratio())
try:
    print(49, textwrap.wrap('long-winded-word End. well-known bb Yes! x-ray ccc', 9, **{'break_on_hyphens': True, 'expand_tabs': True, 'subsequent_indent': '', 'tabsize': 8}))
except ValueError as e:
    print("ValueError", e)
print("".join(difflib.unified_diff(['--\n', 'End.\n', 'e.g.\n', '\t\n', 'tab\there\n', '--\n', 'bb\n', 'e.g.\n', 'supercalifragilistic\n', 'Yes!\n', 'q?\n', 'q?\n'], ['--\n', 'End.\n', 'e.g.\n', 'tab\there\n', '--\n', 'bb\n', 'e.g.\n', 'supercalifragilistic\n', '-leadz\n', '"quoted."\n', 'q?\n', 'q?\n'], n=3)), end="")
print("".join(difflib.ndiff(['--\n', 'End.\n', 'e.g.\n', '\t\n', 'tab\there\n', '--\n', 'bb\n', 'e.g.\n', 'supercalifragilistic\n', 'Yes!\n', 'q?\n', 'q?\n'], ['--\n', 'End.\n', 'e.g.\n', 'tab\there\n', '--\n', 'bb\n', 'e.g.\n', 'supercalifragilistic\n', '-leadz\n', '"quoted."\n', 'q?\n', 'q?\n'])), end="")
s = difflib.SequenceMatcher(None, 'long-winded-word End. well-known bb Yes!', 'winded-word End. well-known bb Yes! x-ray ccc'); print(s.get_opcodes(), s.ratio())
try:
    print(50, textwrap.wrap('long-winded-word a--b mid- well-known -- ccc tab\there e.g. über End.', 23, **{'subsequent_indent': ''}))
except ValueError as e:
    print("ValueError", e)
print("".join(difflib.unified_diff(['x-ray\n', 'über\n', 'x-ray\n', 'long-winded-word\n', 'new\nline\n', 'mid-\n', 'mid-\n', 'x-ray\n', 'x-ray\n'], ['x-ray\n', 'über\n', 'x-ray\n', 'long-winded-word\n', 'mid-\n', 'mid-\n', 'x-ray\n', 'x-ray\n'], n=1)), end="")
print("".join(difflib.ndiff(['x-ray\n', 'über\n', 'x-ray\n', 'long-winded-word\n', 'new\nline\n', 'mid-\n', 'mid-\n', 'x-ray\n', 'x-ray\n'], ['x-ray\n', 'über\n', 'x-ray\n', 'long-winded-word\n', 'mid-\n', 'mid-\n', 'x-ray\n', 'x-ray\n'])), end="")
s = difflib.SequenceMatcher(None, 'long-winded-word a--b mid- well-known --', 'winded-word a--b mid- well-known -- ccc tab\th'); print(s.get_opcodes(), s.ratio())
try:
    print(51, textwrap.wrap('mid- Yes! long-winded-word e.g.    End. ccc tab\there x-ray über q?', 27, **{'expand_tabs': True, 'max_lines': None, 'subsequent_indent': '  '}))
except ValueError as e:
    print("ValueError", e)
print("".join(difflib.unified_diff(['q?\n', '\t\n', 'mid-\n', '-lead\n', 'q?\n', 'Yes!\n', 'mid-\n', 'well-known\n'], ['q?\n', '\t\n', 'mid-\n', '-lead\n', 'bbz\n', 'Yes!\n', 'mid-\n', 'well-known\n'], n=1)), end="")
print("".join(difflib.ndiff(['q?\n', '\t\n', 'mid-\n', '-lead\n', 'q?\n', 'Yes!\n', 'mid-\n', 'well-known\n'], ['q?\n', '\t\n', 'mid-\n', '-lead\n', 'bbz\n', 'Yes!\n', 'mid-\n', 'well-known\n'])), end="")
s = difflib.SequenceMatcher(None, 'mid- Yes! long-winded-word e.g.    End. ', 'Yes! long-winded-word e.g.    End. ccc tab\the'); print(s.get_opcodes(), s.ratio())
try:
    print(52, textwrap.wrap('--', 8, **{'fix_sentence_endings': False, 'expand_tabs': False, 'max_lines': None, 'subsequent_indent': '  ', 'tabsize': 8}))
except ValueError as e:
    print("ValueError", e)
print("".join(difflib.unified_diff(['1-2-3\n', '\t\n', '\t\n', 'über\n'], ['\t\n', 'new\nlinez\n'], n=2)), end="")
print("".join(difflib.ndiff(['1-2-3\n', '\t\n', '\t\n', 'über\n'], ['\t\n', 'new\nlinez\n'])), end="")
s = difflib.SequenceMatcher(None, '--', ''); print(s.get_opcodes(), s.ratio())
try:
    print(53, textwrap.wrap('-- x-ray x-ray supercalifragilistic a long-winded-word', 7, **{'break_on_hyphens': False, 'drop_whitespace': True, 'replace_whitespace': True, 'initial_indent': '', 'subsequent_indent': '  '}))
except ValueError as e:
    print("ValueError", e)
print("".join(difflib.unified_diff(['  \n', 'über\n', 'q?\n', 'x-ray\n', '  \n'], ['  \n', 'über\n', 'q?\n', 'x-ray\n', '  \n'], n=2)), end="")
print("".join(difflib.ndiff(['  \n', 'über\n', 'q?\n', 'x-ray\n', '  \n'], ['  \n', 'über\n', 'q?\n', 'x-ray\n', '  \n'])), end="")
s = difflib.SequenceMatcher(None, '-- x-ray x-ray supercalifragilistic a lo', 'ray x-ray supercalifragilistic a long-winded-'); print(s.get_opcodes(), s.ratio())
try:
    print(54, textwrap.wrap('1-2-3 -lead End. a--b Yes! 1-2-3 ccc    Yes! tab\there ccc e.g. ccc -lead mid- Yes! a long-winded-word Yes! -- Yes!', 40, **{'break_long_words': False, 'expand_tabs': True, 'max_lines': 2, 'tabsize': 4}))
except ValueError as e:
    print("ValueError", e)
print("".join(difflib.unified_diff(['a--b\n', 'e.g.\n', '-lead\n', 'long-winded-word\n'], ['e.g.\n', '"quoted."\n', '-lead\n', 'long-winded-word\n'], n=3)), end="")
print("".join(difflib.ndiff(['a--b\n', 'e.g.\n', '-lead\n', 'long-winded-word\n'], ['e.g.\n', '"quoted."\n', '-lead\n', 'long-winded-word\n'])), end="")
s = difflib.SequenceMatcher(None, '1-2-3 -lead End. a--b Yes! 1-2-3 ccc    ', ' -lead End. a--b Yes! 1-2-3 ccc    Yes! tab\th'); print(s.get_opcodes(), s.ratio())
try:
    print(55, textwrap.wrap('   -- bb mid-', 7, **{'break_long_words': True, 'break_on_hyphens': False, 'subsequent_indent': '  ', 'tabsize': 4}))
except ValueError as e:
    print("ValueError", e)
print("".join(difflib.unified_diff(['q?\n', 'q?\n', 'new\nline\n', '--\n', 'mid-\n', '-lead\n', 'über\n', 'End.\n', 'ccc\n', 'new\nline\n', 'q?\n'], ['q?\n', 'q?\n', 'new\nline\n', '--\n', 'mid-\n', '-lead\n', 'über\n', 'ccc\n', 'new\nline\n', 'q?\n'], n=0)), end="")
print("".join(difflib.ndiff(['q?\n', 'q?\n', 'new\nline\n', '--\n', 'mid-\n', '-lead\n', 'über\n', 'End.\n', 'ccc\n', 'new\nline\n', 'q?\n'], ['q?\n', 'q?\n', 'new\nline\n', '--\n', 'mid-\n', '-lead\n', 'über\n', 'ccc\n', 'new\nline\n', 'q?\n'])), end="")
s = difflib.SequenceMatcher(None, '   -- bb mid-', ' bb mid-'); print(s.get_opcodes(), s.ratio())
try:
    print(56, textwrap.wrap('1-2-3 Yes! long-winded-word 1-2-3       a 1-2-3 -- a--b bb', 36, **{'break_on_hyphens': True, 'expand_tabs': False, 'replace_whitespace': True, 'initial_indent': '> ', 'subsequent_indent': '  '}))
except ValueError as e:
    print("ValueError", e)
print("".join(difflib.unified_diff(['End.\n', 'long-winded-word\n', '\t\n', 'a--b\n', '\t\n', 'End.\n', '1-2-3\n', 'supercalifragilistic\n'], ['-leadz\n', 'Yes!z\n', '\t\n', 'a--b\n', '\t\n', 'End.\n', '1-2-3\n', 'supercalifragilistic\n'], n=3)), end="")
print("".join(difflib.ndiff(['End.\n', 'long-winded-word\n', '\t\n', 'a--b\n', '\t\n', 'End.\n', '1-2-3\n', 'supercalifragilistic\n'], ['-leadz\n', 'Yes!z\n', '\t\n', 'a--b\n', '\t\n', 'End.\n', '1-2-3\n', 'supercalifragilistic\n'])), end="")
s = difflib.SequenceMatcher(None, '1-2-3 Yes! long-winded-word 1-2-3       ', ' Yes! long-winded-word 1-2-3       a 1-2-3 --'); print(s.get_opcodes(), s.ratio())
try:
    print(57, textwrap.wrap('mid- \t long-winded-word a--b new\nline new\nline über new\nline q? supercalifragilistic bb ccc', 22, **{'break_on_hyphens': False, 'drop_whitespace': False, 'fix_sentence_endings': True}))
except ValueError as e:
    print("ValueError", e)
print("".join(difflib.unified_diff(['long-winded-word\n', 'a--b\n', 'e.g.\n', 'long-winded-word\n', 'a\n'], ['a--b\n', 'überz\n', 'new\nline\n', 'long-winded-word\n', 'a\n', 'well-known\n'], n=3)), end="")
print("".join(difflib.ndiff(['long-winded-word\n', 'a--b\n', 'e.g.\n', 'long-winded-word\n', 'a\n'], ['a--b\n', 'überz\n', 'new\nline\n', 'long-winded-word\n', 'a\n', 'well-known\n'])), end="")
s = difflib.SequenceMatcher(None, 'mid- \t long-winded-word a--b new\nline ne', '\t long-winded-word a--b new\nline new\nline übe'); print(s.get_opcodes(), s.ratio())
try:
    print(58, textwrap.wrap('new\nline', 12, **{'break_long_words': False, 'fix_sentence_endings': True}))
except ValueError as e:
    print("ValueError", e)
print("".join(difflib.unified_diff(['supercalifragilistic\n', '--\n', 'supercalifragilistic\n', 'new\nline\n', 'mid-\n', 'x-ray\n', 'well-known\n', 'well-known\n', 'tab\there\n'], ['supercalifragilistic\n', '--\n', 'supercalifragilistic\n', 'new\nline\n', 'mid-\n', 'x-ray\n', 'well-known\n', 'well-known\n', 'tab\there\n'], n=3)), end="")
print("".join(difflib.ndiff(['supercalifragilistic\n', '--\n', 'supercalifragilistic\n', 'new\nline\n', 'mid-\n', 'x-ray\n', 'well-known\n', 'well-known\n', 'tab\there\n'], ['supercalifragilistic\n', '--\n', 'supercalifragilistic\n', 'new\nline\n', 'mid-\n', 'x-ray\n', 'well-known\n', 'well-known\n', 'tab\there\n'])), end="")
s = difflib.SequenceMatcher(None, 'new\nline', 'ine'); print(s.get_opcodes(), s.ratio())
try:
    print(59, textwrap.wrap('q? über Yes! e.g.', 32, **{'subsequent_indent': ''}))
except ValueError as e:
    print("ValueError", e)
print("".join(difflib.unified_diff(['new\nline\n', 'well-known\n'], ['new\nline\n', '-lead\n', 'Yes!z\n'], n=3)), end="")
print("".join(difflib.ndiff(['new\nline\n', 'well-known\n'], ['new\nline\n', '-lead\n', 'Yes!z\n'])), end="")
s = difflib.SequenceMatcher(None, 'q? über Yes! e.g.', 'er Yes! e.g.'); print(s.get_opcodes(), s.ratio())
