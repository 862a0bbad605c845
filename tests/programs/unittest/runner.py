import io
import os
import re
import sys
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))


def show(text):
    text = re.sub(r"in \d+\.\d\d\ds", "in X.XXXs", text)
    print(text.replace(HERE + os.sep, ""))


log = []


def setUpModule():
    log.append("setUpModule")


def tearDownModule():
    log.append("tearDownModule")


class Basics(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        log.append("setUpClass")

    @classmethod
    def tearDownClass(cls):
        log.append("tearDownClass")

    def setUp(self):
        log.append("setUp " + self._testMethodName)
        self.addCleanup(log.append, "cleanup " + self._testMethodName)

    def tearDown(self):
        log.append("tearDown " + self._testMethodName)

    def test_pass(self):
        """Passes, with a docstring
        on two lines."""
        self.assertEqual(2 + 2, 4)

    def test_fail(self):
        self.assertEqual({"a": [1, 2]}, {"a": [1, 3]})

    def test_error(self):
        {}["missing"]

    def test_chained(self):
        try:
            1 / 0
        except ZeroDivisionError:
            raise RuntimeError("while handling")

    @unittest.skip("not today")
    def test_skipped(self):
        pass

    def test_skip_inside(self):
        self.skipTest("decided at run time")

    @unittest.skipIf(True, "condition held")
    def test_skip_if(self):
        pass

    @unittest.skipUnless(True, "never shown")
    def test_skip_unless(self):
        pass

    @unittest.expectedFailure
    def test_expected(self):
        self.assertTrue(False)

    @unittest.expectedFailure
    def test_unexpected(self):
        pass

    def test_subtests(self):
        for i in range(4):
            with self.subTest(i=i, kind="even" if i % 2 == 0 else "odd"):
                self.assertNotEqual(i, 2)
                if i == 3:
                    raise ValueError("three")
        with self.subTest("labelled"):
            self.fail("inside a labelled subtest")


@unittest.skip("whole class")
class Skipped(unittest.TestCase):
    def test_a(self):
        pass


class BrokenClass(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        raise OSError("no fixture")

    def test_never(self):
        log.append("never")


class SetUpFails(unittest.TestCase):
    def setUp(self):
        raise KeyError("setup")

    def test_x(self):
        log.append("never either")


loader = unittest.TestLoader()
for verbosity in (1, 2, 0):
    log.clear()
    suite = loader.loadTestsFromModule(sys.modules[__name__])
    stream = io.StringIO()
    result = unittest.TextTestRunner(stream=stream, verbosity=verbosity).run(suite)
    show(stream.getvalue())
    print(result.testsRun, len(result.failures), len(result.errors), len(result.skipped),
          len(result.expectedFailures), len(result.unexpectedSuccesses), result.wasSuccessful())
    print(log)
    print(result)

print([str(t) for t, _ in result.errors])
print([str(t) for t, _ in result.failures])
print([(str(t), r) for t, r in result.skipped])

stream = io.StringIO()
suite = unittest.TestSuite([Basics("test_fail"), Basics("test_error"), Basics("test_pass")])
r = unittest.TextTestRunner(stream=stream, failfast=True).run(suite)
show(stream.getvalue())
print(r.testsRun)

stream = io.StringIO()
r = unittest.TextTestRunner(stream=stream).run(unittest.TestSuite([Basics("test_pass")]))
show(stream.getvalue())
print(repr(Basics("test_pass")), Basics("test_pass").id(), Basics("test_pass").shortDescription())
try:
    Basics("test_nothing")
except ValueError as e:
    print("ValueError", str(e).replace(__name__, "M"))
