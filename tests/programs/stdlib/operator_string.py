import operator, string
from operator import itemgetter, attrgetter, methodcaller
print(operator.add(1, 2), operator.mul("a", 3), operator.sub(5, 2), operator.truediv(1, 4), operator.floordiv(7, 2), operator.mod(7, 3), operator.pow(2, 10), operator.neg(3), operator.not_(0), operator.truth([]), operator.abs(-4))
print(operator.lt(1, 2), operator.ge(1, 2), operator.eq("a", "a"), operator.is_(None, None), operator.contains([1, 2], 2), operator.countOf([1, 1, 2], 1), operator.indexOf("abc", "c"))
print(operator.__add__(2, 3), operator.__mul__(2, 3), operator.__getitem__([1, 2], 0), operator.and_(6, 3), operator.or_(4, 1), operator.xor(5, 1), operator.lshift(1, 4), operator.inv(5), operator.index(7), operator.concat([1], [2]))
l = [1, 2, 3]; operator.setitem(l, 0, 9); operator.delitem(l, 1); print(l, operator.iadd([1], [2]), operator.length_hint([1, 2]), operator.length_hint(object(), 5))
print(repr(itemgetter(1)), repr(itemgetter(1, "a")), repr(attrgetter("a.b", "c")), repr(methodcaller("f", 1, k=2)))
rows = [("b", 2), ("a", 3), ("c", 1)]
print(sorted(rows, key=itemgetter(1)), sorted(rows, key=itemgetter(0)), itemgetter(0, 1)("xyz"), itemgetter(slice(1, None))("xyz"))
class P:
    def __init__(self, n, inner=None): self.n = n; self.inner = inner
    def shout(self, suffix="!"): return str(self.n) + suffix
p = P(1, P(2))
print(attrgetter("n")(p), attrgetter("inner.n")(p), attrgetter("n", "inner.n")(p), methodcaller("shout")(p), methodcaller("shout", suffix="?")(p))
print(list(map(methodcaller("upper"), ["a", "b"])))
for f in [lambda: itemgetter(), lambda: attrgetter(1), lambda: itemgetter(5)([1]), lambda: attrgetter("zz")(p), lambda: operator.indexOf([1], 2), lambda: methodcaller(1)]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits)
print(string.punctuation, repr(string.whitespace), len(string.printable), string.ascii_uppercase)
print(string.capwords("hello   big world"), string.capwords("a-b c", "-"))
t = string.Template("$who likes ${what}, costs $$5 $who")
print(t.substitute(who="tim", what="pie"), t.substitute({"who": "ann", "what": "tea"}), t.safe_substitute(who="x"))
print(t.get_identifiers(), t.is_valid(), string.Template("$").is_valid())
for bad in ["$who $", "a\nb ${x", "$1"]:
    try:
        string.Template(bad).substitute(who=1)
    except (ValueError, KeyError) as e:
        print(type(e).__name__, e)
try:
    t.substitute(who="a")
except KeyError as e:
    print("KeyError", e)
