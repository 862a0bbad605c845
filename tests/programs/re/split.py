# split: groups, maxsplit, empty matches.
import re

print(re.split(r'\W+', 'Words, words, words.'))
print(re.split(r'(\W+)', 'Words, words, words.'))
print(re.split(r'\W+', 'Words, words, words.', 1))
print(re.split(r'\W+', 'Words, words, words.', maxsplit=2))
print(re.split('[a-f]+', '0a3B9', flags=re.IGNORECASE))
print(re.split(r'(\W+)', '...words, words...'))
print(re.split('x*', 'axbc'))
print(re.split(r'\b', 'a b'))
print(re.split('', 'abc'))
print(re.split('(a)|(b)', 'xaybz'))
print(re.split('(?:a)', 'xaya'))
print(re.split('z', 'abc'), re.split('z', ''), re.split('a', ''))
print(re.split(',', 'a,b,c', -1), re.split(',', 'a,b,c', 0))
print(re.compile(r'\s*;\s*').split('a ; b;c  ;  d'))
print(re.split(r'(?m)^$', 'a\n\nb'))
print(re.split('((a)(b))', 'xabyab'))
