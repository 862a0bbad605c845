import textwrap
s = "The quick brown fox jumps over the lazy dog. A well-known long-winded sentence -- with em-dashes--and x-ray stuff, supercalifragilisticexpialidocious words; e-mail re-use. End!  Really? Yes."
for w in (10, 15, 20, 33, 50):
    print(textwrap.wrap(s, w))
print(textwrap.fill(s, 30, initial_indent="* ", subsequent_indent="  "))
print(textwrap.wrap(s, 12, break_long_words=False))
print(textwrap.wrap(s, 12, break_on_hyphens=False))
print(textwrap.wrap("a\tb\tc  d\ne", 8))
print(textwrap.wrap("a\tb\tc  d\ne", 8, replace_whitespace=False, expand_tabs=False))
print(textwrap.wrap("  lead  and trail  ", 8, drop_whitespace=False))
print(textwrap.wrap("This is it. And so on. ok", 40, fix_sentence_endings=True))
print(textwrap.shorten("Hello  world!", width=12))
print(textwrap.shorten("Hello  world!", width=11))
print(textwrap.shorten("Hello world", width=10, placeholder="..."))
print(textwrap.wrap(s, 20, max_lines=3))
print(textwrap.wrap(s, 20, max_lines=2, placeholder=" (more)"))
print(repr(textwrap.dedent("""\
    hello
      world
    \t
    x
""")))
print(repr(textwrap.dedent("  a\n\tb\n")))
print(repr(textwrap.indent("a\n\nb\n  \nc", "> ")))
print(repr(textwrap.indent("a\n\nb", "+", lambda l: True)))
try:
    textwrap.wrap("abc", 0)
except ValueError as e:
    print(e)
try:
    textwrap.wrap("abc def", 3, max_lines=1)
except ValueError as e:
    print(e)
print(textwrap.wrap("", 5), textwrap.fill("   ", 5) == "")
print(textwrap.wrap("--option-name --another-one foo-bar-baz", 10))
print(textwrap.wrap("1-2-3 ab-cd a-b abc-de-f", 4))
print(textwrap.wrap('a\xa0b c\u2003d e f g h', 3))
print(textwrap.wrap('über-große Wörter-Liste ça-va', 8))
print(textwrap.fill('x ' * 30, 20, max_lines=2, placeholder='...'))
print(textwrap.shorten('The quick brown fox', 5))
