import asyncio
import io
import re
import unittest

events = []


class AsyncTests(unittest.IsolatedAsyncioTestCase):
    async def asyncSetUp(self):
        events.append("asyncSetUp")
        self.value = await asyncio.sleep(0, result=41)

    def setUp(self):
        events.append("setUp")

    async def asyncTearDown(self):
        events.append("asyncTearDown")

    def tearDown(self):
        events.append("tearDown")

    async def test_await(self):
        await asyncio.sleep(0.01)
        self.addAsyncCleanup(self.cleanup, "async cleanup")
        self.assertEqual(self.value + 1, 42)

    async def cleanup(self, what):
        events.append(what)

    async def test_fails(self):
        await asyncio.sleep(0)
        self.assertEqual(self.value, 0)

    def test_sync(self):
        self.assertIsNone(asyncio.get_event_loop().run_until_complete(asyncio.sleep(0))
                          if False else None)

    async def test_tasks(self):
        results = await asyncio.gather(*(asyncio.sleep(0.001 * i, result=i) for i in range(3)))
        self.assertEqual(results, [0, 1, 2])


stream = io.StringIO()
suite = unittest.TestLoader().loadTestsFromTestCase(AsyncTests)
result = unittest.TextTestRunner(stream=stream, verbosity=2).run(suite)
text = re.sub(r"\d+\.\d+s", "Xs", stream.getvalue())
# Only the report's frame lines differ (asyncio's own frames).
print("\n".join(line for line in text.splitlines() if not line.startswith(" ")))
print(events)
print(result.testsRun, len(result.failures))
