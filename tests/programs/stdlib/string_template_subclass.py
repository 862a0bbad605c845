from string import Template
t = Template('$who likes ${what}; $$5 ${x}y $a_1')
print(t.substitute(who='tim', what='kung pao', x='X', a_1=1))
print(t.safe_substitute(who='tim'))
print(t.get_identifiers(), t.is_valid())
for bad in ['$', '${', '${}', '$1', 'a\nb $!', '${a b}']:
    try:
        Template(bad).substitute(a=1)
    except (ValueError, KeyError) as e:
        print(type(e).__name__, e)
    print(repr(Template(bad).safe_substitute()), Template(bad).is_valid())
class Dotted(Template):
    idpattern = r'[_a-z][_a-z0-9.]*'
print(Dotted('$user.name is ${user.age}').substitute({'user.name': 'Bo', 'user.age': 3}))
class Pct(Template):
    delimiter = '%'
    idpattern = '[a-z]+'
    flags = 0
print(Pct('%who %%  %abcDEF').safe_substitute(who='me', abc='x'))
class Brace(Template):
    braceidpattern = r'[^}]+'
print(Brace('${a b} and $c').substitute({'a b': 1, 'c': 2}))
class Digits(Template):
    idpattern = r'\d+'
print(Digits('$1 $22 ${3}x $a').safe_substitute({'1': 'one', '22': 'tt', '3': 'th'}))
class Alt(Template):
    idpattern = r'(?:foo|ba[rz])+'
print(Alt('$foobar $baz! $qux').safe_substitute(foobar=1, baz=2))
class Q(Template):
    idpattern = r'[A-Z]{2,3}'
    flags = 0
print(Q('$ABCD $AB $A').safe_substitute(ABC='x', AB='y'))
try:
    Template('$missing').substitute()
except KeyError as e:
    print('KeyError', e)
print(Template('$a $b').substitute({'a': 1}, b=2), Template('$a').substitute({'a': 1}, a=3))
