import asyncio

async def fail(msg):
    raise ValueError(msg)

async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(fail("one"))
        tg.create_task(fail("two"))

print("start")
asyncio.run(main())
