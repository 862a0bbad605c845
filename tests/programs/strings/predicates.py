tests = ["", "abc", "ABC", "Abc", "abc123", "123", "12.5", " ", "\t\n", "a b", "Title Case", "Not title", "٣", "½", "²", "ab_c", "_x", "x1", "1x", "class", "éé", "Ⅻ", "\x00"]
for t in tests:
    print(repr(t), t.isalpha(), t.isdigit(), t.isalnum(), t.isspace(), t.isupper(), t.islower(),
          t.istitle(), t.isdecimal(), t.isnumeric(), t.isidentifier(), t.isprintable(), t.isascii())
