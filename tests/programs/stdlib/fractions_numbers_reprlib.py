from fractions import Fraction as F
import numbers, math, copy
print(F(3, 4), repr(F(6, -8)), F(5), F(), F(F(1, 3)), F(F(1, 2), F(1, 3)), F(0.5), F(0.1))
for s in ['1/2', ' -3/6 ', '1.5', '.5', '1.', '1e3', '2.5e-3', '-1_000/3', '+7', '1_0.0_1E1_0', '3/0']:
    try:
        print(repr(s), repr(F(s)))
    except (ValueError, ZeroDivisionError) as e:
        print(repr(s), type(e).__name__, e)
for s in ['', '.', '1/', '/2', '1/2.0', 'x', '1__0', '1e', 'e5', '.e5', '1 /2', 'inf', 'nan', '_1', '1/-2', '1.5/2']:
    try:
        F(s)
    except ValueError as e:
        print(e)
for args in [(1.5, 2), ('1', 2), (None,), ([],)]:
    try:
        F(*args)
    except TypeError as e:
        print(e)
try:
    F(1, 0)
except ZeroDivisionError as e:
    print(e)
a, b = F(1, 3), F(3, 4)
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b), a ** 2, a ** -2, (-a) ** -3, a ** 0.5, 2 ** F(1, 2), 4 ** F(2), F(-8, 27) ** F(1, 3) if False else '')
print(a + 1, 1 + a, a * 2.0, 2.0 * a, 1 - a, 3 / a, 3 // a, 3 % a, divmod(7, b), 7.5 % a)
print(a == F(2, 6), a == 1/3, F(1, 2) == 0.5, F(2) == 2, a < b, a > 0.3, b <= 1, a >= F(1, 3), F(1) < float('inf'), F(1) == float('nan'))
print(-a, +a, abs(F(-2, 5)), int(F(-7, 2)), math.floor(F(-7, 2)), math.ceil(F(-7, 2)), math.trunc(F(7, 2)), round(F(5, 2)), round(F(7, 2)), round(F(-5, 2)), round(F(22, 7), 2), round(F(1234, 1), -2), float(a), bool(F(0)))
print(hash(F(1, 2)) == hash(0.5), hash(F(3)) == hash(3), hash(F(1, 3)), hash(F(-1, 3)), hash(F(10**30, 7)), hash(F(-1)))
print(F('3.141592653589793').limit_denominator(10), F('3.141592653589793').limit_denominator(100), F(1, 3).limit_denominator(5), F(math.pi).limit_denominator(), F(5, 3).limit_denominator(1))
try:
    F(1, 3).limit_denominator(0)
except ValueError as e:
    print(e)
print(F.from_float(0.25), F.from_float(3), F.from_decimal(4), a.as_integer_ratio(), a.numerator, a.denominator)
try:
    F.from_float('x')
except TypeError as e:
    print(e)
try:
    F.from_float(float('nan'))
except ValueError as e:
    print(e)
try:
    F.from_float(float('inf'))
except OverflowError as e:
    print(e)
try:
    F(0) ** -1
except ZeroDivisionError as e:
    print(e)
try:
    a / 0
except ZeroDivisionError as e:
    print(e)
print(isinstance(a, numbers.Rational), isinstance(a, numbers.Real), isinstance(1, numbers.Integral), isinstance(1.0, numbers.Real), isinstance(1.0, numbers.Rational), isinstance(True, numbers.Number), issubclass(int, numbers.Complex))
print(sum([F(1, n) for n in range(1, 6)]), sorted([F(1, 2), F(1, 3), 0.4]), max(F(1, 2), 0.6), copy.copy(a) is a, {F(1, 2): 'h'}[0.5])
print(str(F(-3, 1)), f"{F(1, 7)}", F(10**20, 3))
class Q(numbers.Number): pass
print(isinstance(Q(), numbers.Number), isinstance(Q(), numbers.Complex))
try:
    numbers.Integral()
except TypeError as e:
    print('abstract', type(e).__name__)
import reprlib
r = reprlib.Repr()
print(reprlib.repr(list(range(100))), reprlib.repr('x' * 100), reprlib.repr(2 ** 200), reprlib.repr({i: i for i in range(10)}), reprlib.repr(set(range(20))), reprlib.repr(frozenset()), reprlib.repr((1,)), reprlib.repr([[[[[[[[1]]]]]]]]))
print(reprlib.repr(tuple(range(3))), reprlib.repr({'a': [1, 2, 3, 4, 5, 6, 7]}), reprlib.repr(object)[:14], reprlib.repr(set()), reprlib.repr({3, 1, 2}))
r.maxlist = 2; r.maxstring = 10; r.maxlevel = 1; r.fillvalue = '~'
print(r.repr([1, 2, 3]), r.repr('abcdefghijklmnop'), r.repr([[1]]), r.repr([]), r.repr({'a': {}}))
class Node:
    def __init__(self): self.children = []
    @reprlib.recursive_repr()
    def __repr__(self): return 'Node(%r)' % self.children
n = Node(); n.children.append(n); n.children.append(Node())
print(n, Node.__repr__.__name__)
class Big:
    def __repr__(self): return 'B' * 50
class Bad:
    def __repr__(self): raise ValueError
print(reprlib.repr(Big()), reprlib.repr(Bad())[:14])
from collections import deque
print(reprlib.repr(deque(range(10))))
