import io
import re
import sys
import unittest


class Alpha(unittest.TestCase):
    def test_b(self):
        pass

    def test_a(self):
        pass

    def helper(self):
        pass

    test_not_callable = 5


class Beta(Alpha):
    def test_c(self):
        pass


def test_plain():
    assert True


loader = unittest.TestLoader()
print(loader.getTestCaseNames(Alpha), loader.getTestCaseNames(Beta))
suite = loader.loadTestsFromTestCase(Beta)
print(suite.countTestCases(), [t.id() for t in suite])
mod = loader.loadTestsFromModule(sys.modules[__name__])
print(mod.countTestCases())
print([t.id() for t in loader.loadTestsFromName("Alpha.test_a", sys.modules[__name__])])
print([t.id() for s in loader.loadTestsFromNames(["Alpha", "Beta.test_c"], sys.modules[__name__]) for t in s])
loader.testNamePatterns = ["*test_a*"]
print(loader.getTestCaseNames(Beta))
loader = unittest.TestLoader()
loader.sortTestMethodsUsing = lambda a, b: (a < b) - (a > b)
print(loader.getTestCaseNames(Beta))
print(unittest.getTestCaseNames(Alpha, "test"))

f = unittest.FunctionTestCase(test_plain, description="plain function")
stream = io.StringIO()
r = unittest.TextTestRunner(stream=stream, verbosity=2).run(f)
print(re.sub(r"\d+\.\d+s", "Xs", stream.getvalue()))
print(str(f), f.id())

s = unittest.TestSuite()
s.addTest(Alpha("test_a"))
s.addTests([Alpha("test_b"), unittest.TestSuite([Beta("test_c")])])
print(s.countTestCases(), len(list(s)))
try:
    s.addTest(Alpha)
except TypeError as e:
    print("TypeError", e)
try:
    s.addTests("text")
except TypeError as e:
    print("TypeError", e)
print(Alpha("test_a") == Alpha("test_a"), Alpha("test_a") == Alpha("test_b"),
      hash(Alpha("test_a")) == hash(Alpha("test_a")))

result = unittest.TestResult()
Alpha("test_a").run(result)
print(result.testsRun, result.wasSuccessful())

out = io.StringIO()
prog = unittest.main(module=__name__, argv=["prog", "-v", "Alpha"], exit=False,
                     testRunner=unittest.TextTestRunner(stream=out, verbosity=2))
print(re.sub(r"\d+\.\d+s", "Xs", out.getvalue()))
print(prog.result.testsRun)
try:
    unittest.main(module=__name__, argv=["prog", "-q"],
                  testRunner=unittest.TextTestRunner(stream=io.StringIO()))
except SystemExit as e:
    print("exit", e.code)
