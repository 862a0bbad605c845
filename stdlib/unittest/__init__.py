"""A unit testing framework: test cases, suites, loaders and runners, as
CPython's unittest (written for weft)."""

__all__ = ['TestResult', 'TestCase', 'IsolatedAsyncioTestCase', 'TestSuite',
           'TextTestRunner', 'TestLoader', 'FunctionTestCase', 'main',
           'defaultTestLoader', 'SkipTest', 'skip', 'skipIf', 'skipUnless',
           'expectedFailure', 'TextTestResult', 'installHandler',
           'registerResult', 'removeResult', 'removeHandler',
           'addModuleCleanup', 'doModuleCleanups', 'enterModuleContext',
           'getTestCaseNames', 'makeSuite', 'findTestCases']

__unittest = True

from .result import TestResult
from .case import (addModuleCleanup, TestCase, FunctionTestCase, SkipTest, skip,
                   skipIf, skipUnless, expectedFailure, doModuleCleanups,
                   enterModuleContext)
from .suite import BaseTestSuite, TestSuite
from .loader import TestLoader, defaultTestLoader
from .main import TestProgram, main
from .runner import TextTestRunner, TextTestResult
from .signals import installHandler, registerResult, removeResult, removeHandler
from .async_case import IsolatedAsyncioTestCase


def _deprecated(name, instead):
    import warnings
    warnings.warn(
        "unittest.%s() is deprecated and will be removed in Python 3.13. "
        "Please use unittest.TestLoader.%s() instead." % (name, instead),
        DeprecationWarning, stacklevel=3)


def getTestCaseNames(testCaseClass, prefix, sortUsing=None, testNamePatterns=None):
    _deprecated("getTestCaseNames", "getTestCaseNames")
    l = TestLoader()
    l.testMethodPrefix = prefix
    if sortUsing is not None:
        l.sortTestMethodsUsing = sortUsing
    l.testNamePatterns = testNamePatterns
    return l.getTestCaseNames(testCaseClass)


def makeSuite(testCaseClass, prefix='test', sortUsing=None, suiteClass=TestSuite):
    _deprecated("makeSuite", "loadTestsFromTestCase")
    l = TestLoader()
    l.testMethodPrefix = prefix
    l.suiteClass = suiteClass
    if sortUsing is not None:
        l.sortTestMethodsUsing = sortUsing
    return l.loadTestsFromTestCase(testCaseClass)


def findTestCases(module, prefix='test', sortUsing=None, suiteClass=TestSuite):
    _deprecated("findTestCases", "loadTestsFromModule")
    l = TestLoader()
    l.testMethodPrefix = prefix
    l.suiteClass = suiteClass
    if sortUsing is not None:
        l.sortTestMethodsUsing = sortUsing
    return l.loadTestsFromModule(module)
