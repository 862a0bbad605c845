e = KeyError('k')
e.add_note('note here')
e.add_note('two\nlines')
raise e
