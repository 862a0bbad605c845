"""unittest.main() and `weft -m unittest`: the command-line front end."""

import os
import sys

from . import loader, runner

__unittest = True

MAIN_EXAMPLES = """\
Examples:
  %(prog)s                           - run default set of tests
  %(prog)s MyTestSuite               - run suite 'MyTestSuite'
  %(prog)s MyTestCase.testSomething  - run MyTestCase.testSomething
  %(prog)s MyTestCase                - run all 'test*' test methods
                                       in MyTestCase
"""

MODULE_EXAMPLES = """\
Examples:
  %(prog)s test_module               - run tests from test_module
  %(prog)s module.TestClass          - run tests from module.TestClass
  %(prog)s module.Class.test_method  - run specified test method
  %(prog)s path/to/test_file.py      - run tests from test_file.py
"""


def _convert_name(name):
    """A file path given on the command line, as a module name."""
    if os.path.isfile(name) and name.lower().endswith('.py'):
        if os.path.isabs(name):
            rel_path = os.path.relpath(name, os.getcwd())
            if os.path.isabs(rel_path) or rel_path.startswith(os.pardir):
                return name
            name = rel_path
        return os.path.normpath(name)[:-3].replace('\\', '.').replace('/', '.')
    return name


def _convert_select_pattern(pattern):
    if '*' not in pattern:
        pattern = '*%s*' % pattern
    return pattern


class _Usage(Exception):
    pass


class TestProgram(object):
    """Runs the tests of a module (or of the names given on the command
    line) and exits with 0 on success, 1 on failure."""

    module = None
    verbosity = 1
    failfast = catchbreak = buffer = progName = warnings = testNamePatterns = None
    _discovery_parser = None

    def __init__(self, module='__main__', defaultTest=None, argv=None,
                 testRunner=None, testLoader=loader.defaultTestLoader,
                 exit=True, verbosity=1, failfast=None, catchbreak=None,
                 buffer=None, warnings=None, *, tb_locals=False):
        if isinstance(module, str):
            self.module = __import__(module)
            for part in module.split('.')[1:]:
                self.module = getattr(self.module, part)
        else:
            self.module = module
        if argv is None:
            argv = sys.argv
        self.exit = exit
        self.failfast = failfast
        self.catchbreak = catchbreak
        self.verbosity = verbosity
        self.buffer = buffer
        self.tb_locals = tb_locals
        if warnings is None and not sys.warnoptions:
            self.warnings = 'default'
        else:
            self.warnings = warnings
        self.defaultTest = defaultTest
        self.testRunner = testRunner
        self.testLoader = testLoader
        self.progName = os.path.basename(argv[0])
        self.parseArgs(argv)
        self.runTests()

    def usageExit(self, msg=None):
        if msg:
            print(msg)
        print(self._usage_text())
        sys.exit(2)

    def _usage_text(self):
        prog = self.progName
        text = ("usage: %s [-h] [-v] [-q] [--locals] [-f] [-c] [-b] [-k TESTNAMEPATTERNS]"
                " [tests ...]\n" % prog)
        examples = MAIN_EXAMPLES if self.module is not None else MODULE_EXAMPLES
        return text + "\n" + examples % {'prog': prog}

    def _parse_options(self, args):
        """Options common to both forms; returns the positional args."""
        rest = []
        it = iter(args)
        for arg in it:
            if arg in ('-h', '--help'):
                print(self._usage_text())
                sys.exit(0)
            elif arg in ('-v', '--verbose'):
                self.verbosity = 2
            elif arg in ('-q', '--quiet'):
                self.verbosity = 0
            elif arg == '--locals':
                self.tb_locals = True
            elif arg in ('-f', '--failfast'):
                self.failfast = True
            elif arg in ('-c', '--catch'):
                self.catchbreak = True
            elif arg in ('-b', '--buffer'):
                self.buffer = True
            elif arg == '-k' or arg.startswith('-k'):
                value = arg[2:] if len(arg) > 2 else next(it, None)
                if value is None:
                    self.usageExit("error: argument -k: expected one argument")
                if self.testNamePatterns is None:
                    self.testNamePatterns = []
                self.testNamePatterns.append(_convert_select_pattern(value))
            elif arg.startswith('-') and arg != '-':
                self._discover_option(arg, it, rest)
            else:
                rest.append(arg)
        return rest

    def _discover_option(self, arg, it, rest):
        names = {'-s': 'start', '--start-directory': 'start',
                 '-p': 'pattern', '--pattern': 'pattern',
                 '-t': 'top', '--top-level-directory': 'top'}
        if arg in names and self._discovering:
            value = next(it, None)
            if value is None:
                self.usageExit("error: argument %s: expected one argument" % arg)
            setattr(self, names[arg], value)
            return
        self.usageExit("error: unrecognized arguments: %s" % arg)

    _discovering = False
    start = '.'
    pattern = 'test*.py'
    top = None

    def parseArgs(self, argv):
        self.createTests_args = None
        if self.module is None:
            if len(argv) > 1 and argv[1].lower() == 'discover':
                self._do_discovery(argv[2:])
                return
            self._discovering = True
            rest = self._parse_options(argv[1:])
            self._discovering = False
            if not rest:
                self.start, self.pattern, self.top = '.', 'test*.py', None
                self._do_discovery([])
                return
            self.testNames = [_convert_name(n) for n in rest]
        else:
            rest = self._parse_options(argv[1:])
            if rest:
                self.testNames = rest
                if __name__ == '__main__':
                    self.module = None
            elif self.defaultTest is None:
                self.testNames = None
            elif isinstance(self.defaultTest, str):
                self.testNames = (self.defaultTest,)
            else:
                self.testNames = list(self.defaultTest)
        self.createTests()

    def createTests(self, from_discovery=False, Loader=None):
        if self.testNamePatterns:
            self.testLoader.testNamePatterns = self.testNamePatterns
        if from_discovery:
            loader_ = self.testLoader if Loader is None else Loader()
            self.test = loader_.discover(self.start, self.pattern, self.top)
        elif self.testNames is None:
            self.test = self.testLoader.loadTestsFromModule(self.module)
        else:
            self.test = self.testLoader.loadTestsFromNames(self.testNames,
                                                           self.module)

    def _do_discovery(self, argv, Loader=None):
        self._discovering = True
        rest = self._parse_options(argv)
        self._discovering = False
        for name, value in zip(('start', 'pattern', 'top'), rest):
            setattr(self, name, value)
        self.createTests(from_discovery=True, Loader=Loader)

    def runTests(self):
        if self.testRunner is None:
            self.testRunner = runner.TextTestRunner
        if isinstance(self.testRunner, type):
            try:
                try:
                    testRunner = self.testRunner(verbosity=self.verbosity,
                                                 failfast=self.failfast,
                                                 buffer=self.buffer,
                                                 warnings=self.warnings,
                                                 tb_locals=self.tb_locals)
                except TypeError:
                    testRunner = self.testRunner(verbosity=self.verbosity,
                                                 failfast=self.failfast,
                                                 buffer=self.buffer,
                                                 warnings=self.warnings)
            except TypeError:
                testRunner = self.testRunner()
        else:
            testRunner = self.testRunner
        self.result = testRunner.run(self.test)
        if self.exit:
            sys.exit(not self.result.wasSuccessful())


main = TestProgram
