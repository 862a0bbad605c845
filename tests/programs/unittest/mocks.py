from unittest import mock
from unittest.mock import Mock, MagicMock, call, ANY, patch, sentinel, DEFAULT
import re
def r(x): return re.sub(r"id='\d+'", "id=ID", repr(x))
m = Mock()
print(r(m), r(m.foo), r(m.foo.bar), r(m()), r(m.foo()), r(Mock(name='n').x))
m(1, a=2); m.foo(3); m.foo.bar(); m()
print(m.call_count, m.called, m.call_args, m.call_args_list, m.method_calls, m.mock_calls)
print(m.call_args.args, m.call_args.kwargs, m.call_args == call(), call(1) == call(1), call(1, x=ANY) == call(1, x=5))
for f in [lambda: m.assert_called_with(9), lambda: m.assert_called_once_with(), lambda: Mock().assert_called_with(1),
          lambda: m.assert_not_called(), lambda: Mock().assert_called(), lambda: m.assert_any_call(7),
          lambda: m.assert_has_calls([call(1, a=2), call(5)]), lambda: m.foo.assert_called_once_with(4),
          lambda: Mock(name='named').assert_called_once(), lambda: m.assert_has_calls([call(1, a=2), call()], any_order=True)]:
    try: f(); print("ok")
    except AssertionError as e: print("AE:", e)
s = Mock(side_effect=[1, 2]); print(s(), s())
try: s()
except StopIteration as e: print("StopIteration", repr(e))
s = Mock(side_effect=KeyError('k'))
try: s()
except KeyError as e: print("KeyError", e)
s = Mock(side_effect=lambda x: x * 2); print(s(4))
s = Mock(return_value=5, side_effect=lambda: DEFAULT); print(s())
mm = MagicMock()
print(len(mm), list(mm), bool(mm), int(mm), 3 in mm, r(mm[0]), float(mm))
mm.__len__.return_value = 3; print(len(mm))
with mm as x: print(r(x))
print(mm.__enter__.called, mm.mock_calls[-2:])
class Foo:
    a = 1
    def meth(self, x): pass
sp = Mock(spec=Foo); print(r(sp), isinstance(sp, Foo), r(sp.meth))
try: sp.nope
except AttributeError as e: print("AttributeError", e)
m2 = Mock(); m2.configure_mock(**{'x.return_value': 3, 'y': 4}); print(m2.x(), m2.y)
m2.reset_mock(); print(m2.x.called)
print(sentinel.foo, sentinel.foo is sentinel.foo, repr(ANY), repr(call(1, b=2)), repr(call.a.b(3)), repr(call().x))
import os
with patch('os.getcwd', return_value='/fake') as p: print(os.getcwd(), r(p))
print(os.getcwd() != '/fake')
@patch('os.getpid')
def g(mp):
    mp.return_value = 42; return os.getpid()
print(g())
with patch.object(Foo, 'a', 99): print(Foo.a)
print(Foo.a)
d = {'k': 1}
with patch.dict(d, {'k': 2, 'n': 3}, ) as pd: print(d)
print(d)
with patch.dict(d, clear=True): print(d)
p = patch('os.getcwd', new=lambda: 'started'); p.start(); print(os.getcwd()); p.stop(); print(os.getcwd() != 'started')
am = mock.AsyncMock(return_value=7)
import asyncio
print(asyncio.run(am(1)), am.await_count, am.await_args)
am.assert_awaited_once_with(1)
try: am.assert_awaited_with(2)
except AssertionError as e: print("AE:", e)
mo = mock.mock_open(read_data="line1\nline2\n")
with patch('builtins.open', mo):
    with open('x') as fh: print(fh.read(), fh.readline())
    with open('x') as fh: print(list(fh))
mo.assert_called_with('x')
print(r(mock.create_autospec(Foo)))

m = Mock()
m().x(1); m.y.z()
print(m.mock_calls, m.method_calls, m.return_value.mock_calls)
try:
    m.assert_foo()
except AttributeError as e:
    print(e)
mm = MagicMock()
print(mm == mm, mm == 3, mm != mm, hash(mm) == hash(mm))
mm.__iter__.return_value = [1, 2]
print(list(mm), list(mm))
mm.__getitem__.side_effect = lambda k: k * 2
print(mm[4], mm.mock_calls[-1])
mm.__str__.return_value = 'S'
print(str(mm))


class C:
    async def am(self):
        pass

    def sm(self):
        pass


sp = Mock(spec=C)
print(r(sp.am), r(sp.sm))
m = Mock()
m.attach = Mock(name='x')
m.attach(1)
print(m.mock_calls, r(m.attach))
m = Mock()
m.adopted = Mock()
m.adopted(2)
print(m.mock_calls, r(m.adopted))
print(Mock(return_value=3)(), Mock(spec_set=['a']).a is not None)
try:
    Mock(spec_set=['a']).b = 1
except AttributeError as e:
    print(e)
m = MagicMock()
m.__len__ = lambda self: 7
print(len(m))
print(call(1) == call(1, 2), call.foo(1) == call.bar(1), call(1) == ((1,), {}))
m = Mock()
m(1)
m.reset_mock()
print(m.call_count, m.call_args, m.mock_calls)

import unittest
import io
import json


class Service:
    def fetch(self, key):
        raise RuntimeError("network")

    def total(self, keys):
        return sum(self.fetch(k) for k in keys)


class UsesPatch(unittest.TestCase):
    @patch.object(Service, "fetch", return_value=10)
    def test_total(self, fetch):
        self.assertEqual(Service().total(["a", "b"]), 20)
        fetch.assert_has_calls([call("a"), call("b")])

    @patch("json.dumps")
    @patch("json.loads")
    def test_two(self, loads, dumps):
        loads.return_value = {"x": 1}
        self.assertEqual(json.loads("{}"), {"x": 1})
        json.dumps(5)
        dumps.assert_called_once_with(5)
        self.assertEqual(loads.call_args, call("{}"))

    def test_fails(self):
        m = Mock(name="svc")
        m.go(1)
        m.go.assert_called_once_with(2)


stream = io.StringIO()
res = unittest.TextTestRunner(stream=stream, verbosity=2).run(
    unittest.TestLoader().loadTestsFromTestCase(UsesPatch))
print("\n".join(l for l in stream.getvalue().splitlines() if not l.startswith(("  File", "    ", "Ran"))))
print(json.loads('[1]'))
