"""IsolatedAsyncioTestCase: each test runs in a fresh event loop, with
asyncSetUp / asyncTearDown and async cleanups."""

import inspect

from .case import TestCase

__unittest = True


class IsolatedAsyncioTestCase(TestCase):

    def __init__(self, methodName='runTest'):
        super().__init__(methodName)
        self._asyncioRunner = None
        self._asyncioTestContext = None

    async def asyncSetUp(self):
        pass

    async def asyncTearDown(self):
        pass

    def addAsyncCleanup(self, func, /, *args, **kwargs):
        self.addCleanup(*(func, *args), **kwargs)

    async def enterAsyncContext(self, cm):
        """Enter an async context manager, with its exit as a cleanup."""
        cls = type(cm)
        try:
            enter = cls.__aenter__
            exit = cls.__aexit__
        except AttributeError:
            raise TypeError(f"'{cls.__module__}.{cls.__qualname__}' object does "
                            f"not support the asynchronous context manager protocol"
                            ) from None
        result = await enter(cm)
        self.addAsyncCleanup(exit, cm, None, None, None)
        return result

    def _run(self, value):
        if inspect.isawaitable(value):
            return self._asyncioRunner.run(value)
        return value

    def _callSetUp(self):
        self._asyncioRunner.get_loop()
        self.setUp()
        self._run(self.asyncSetUp())

    def _callTestMethod(self, method):
        if self._run(method()) is not None:
            import warnings
            warnings.warn(f'It is deprecated to return a value that is not None '
                          f'from a test case ({method})',
                          DeprecationWarning, stacklevel=4)

    def _callTearDown(self):
        self._run(self.asyncTearDown())
        self.tearDown()

    def _callCleanup(self, function, *args, **kwargs):
        self._run(function(*args, **kwargs))

    def _setupAsyncioRunner(self):
        import asyncio
        assert self._asyncioRunner is None, 'asyncio runner is already initialized'
        self._asyncioRunner = asyncio.Runner(debug=True)

    def _tearDownAsyncioRunner(self):
        runner = self._asyncioRunner
        runner.close()

    def run(self, result=None):
        self._setupAsyncioRunner()
        try:
            return super().run(result)
        finally:
            self._tearDownAsyncioRunner()

    def debug(self):
        self._setupAsyncioRunner()
        super().debug()
        self._tearDownAsyncioRunner()

    def __del__(self):
        if self._asyncioRunner is not None:
            self._tearDownAsyncioRunner()
