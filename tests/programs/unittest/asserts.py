import unittest
import warnings
import logging


class T(unittest.TestCase):
    def runTest(self):
        pass


t = T()


def check(f, *args, **kwargs):
    try:
        f(*args, **kwargs)
        print("passed:", f.__name__)
    except AssertionError as e:
        print("%s -> %s" % (f.__name__, e))
        print("---")


check(t.assertEqual, 1, 2)
check(t.assertEqual, "a", "b")
check(t.assertEqual, "one\ntwo\n", "one\nthree\n")
check(t.assertEqual, [1, 2, 3], [1, 2, 4])
check(t.assertEqual, [1, 2], [1, 2, 3])
check(t.assertEqual, (1, 2, 3), (1,))
check(t.assertEqual, {"a": 1, "b": 2}, {"a": 1, "b": 3})
check(t.assertEqual, {1, 2}, {2, 3})
check(t.assertEqual, frozenset([1]), frozenset())
check(t.assertEqual, 1, 1.0)
check(t.assertEqual, [1, 2], (1, 2))
check(t.assertEqual, "x" * 100, "x" * 99 + "y")
check(t.assertEqual, list(range(100)), list(range(99)) + [100])
check(t.assertEqual, 1, 2, "custom message")
check(t.assertNotEqual, 3, 3)
check(t.assertTrue, 0)
check(t.assertTrue, [], "why")
check(t.assertFalse, "yes")
check(t.assertIs, 1, None)
check(t.assertIsNot, None, None)
check(t.assertIsNone, 5)
check(t.assertIsNotNone, None)
check(t.assertIn, 1, [2, 3])
check(t.assertNotIn, 2, [2, 3])
check(t.assertIsInstance, 1, str)
check(t.assertNotIsInstance, 1, int)
check(t.assertGreater, 1, 2)
check(t.assertGreaterEqual, 1, 2)
check(t.assertLess, 2, 1)
check(t.assertLessEqual, 2, 1)
check(t.assertAlmostEqual, 1.0, 1.1)
check(t.assertAlmostEqual, 1.0, 1.00000001)
check(t.assertAlmostEqual, 1.0, 1.5, places=1)
check(t.assertAlmostEqual, 1.0, 1.5, delta=0.1)
check(t.assertNotAlmostEqual, 1.0, 1.00000001)
check(t.assertNotAlmostEqual, 1.0, 1.05, delta=0.1)
check(t.assertCountEqual, [1, 2, 2, 3], [3, 2, 1, 1])
check(t.assertCountEqual, [[1], [2]], [[2], [2]])
check(t.assertCountEqual, "abc", "cba")
check(t.assertRegex, "hello", "bye")
check(t.assertNotRegex, "hello world", "wor")
check(t.assertSequenceEqual, [1, 2], [1, 3])
check(t.assertListEqual, [1], (1,))
check(t.assertDictEqual, {}, [])
check(t.assertMultiLineEqual, "a\nb\nc\n", "a\nB\nc\n")
check(t.assertSetEqual, {1}, {1})
check(t.fail, "explicit")

try:
    t.assertAlmostEqual(1, 2, places=2, delta=1)
except TypeError as e:
    print("TypeError", e)

t.maxDiff = 50
check(t.assertEqual, list(range(30)), list(range(1, 31)))
t.maxDiff = None
check(t.assertEqual, [1, 2, 3, 4], [1, 2, 3, 5])
t.longMessage = False
check(t.assertEqual, 1, 2, "only this")
check(t.assertEqual, 1, 2)
t.longMessage = True

# assertRaises and friends.
with t.assertRaises(ValueError) as cm:
    int("x")
print(type(cm.exception).__name__, cm.exception)
check(t.assertRaises, ValueError, int, "5")


def no_raise():
    with t.assertRaises(KeyError):
        pass


check(no_raise)
with t.assertRaisesRegex(ValueError, "invalid literal"):
    int("y")


def regex_mismatch():
    with t.assertRaisesRegex(ValueError, "^nope$"):
        int("z")


check(regex_mismatch)
try:
    with t.assertRaises(KeyError):
        raise IndexError("other")
except IndexError as e:
    print("propagated", e)
try:
    t.assertRaises(5)
except TypeError as e:
    print("TypeError", e)
print(t.assertRaises(ZeroDivisionError, lambda: 1 / 0))

with t.assertWarns(UserWarning) as w:
    warnings.warn("careful", UserWarning)
print(type(w.warning).__name__, w.warning)


def no_warning():
    with t.assertWarns(DeprecationWarning):
        pass


check(no_warning)
with t.assertWarnsRegex(RuntimeWarning, "ab+c"):
    warnings.warn("xabbbcx", RuntimeWarning)

with t.assertLogs("app", level="INFO") as logs:
    logging.getLogger("app").info("first")
    logging.getLogger("app.sub").error("second")
print(logs.output, [r.getMessage() for r in logs.records])


def no_logs():
    with t.assertLogs("quiet"):
        pass


check(no_logs)


def some_logs():
    with t.assertNoLogs("loud", "WARNING"):
        logging.getLogger("loud").warning("oops")


check(some_logs)
