# Soak: 1,000,000 short-lived tasks through a Queue, with timeouts,
# cancellations, exceptions and tasks that reference themselves (cycles
# only the collector frees). Prints the peak RSS after the first 100,000
# tasks and at the end; bounded memory means the two stay close.
import asyncio
import sys

TOTAL = int(sys.argv[1]) if len(sys.argv) > 1 else 1000000
FIRST = TOTAL // 10
BATCH = 1000


def peak_kb():
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    return 0


class Holder:
    pass


async def job(i, q):
    kind = i % 5
    if kind == 0:
        await q.put(i)
        return i
    if kind == 1:
        # Timed out: wait_for cancels the inner get().
        try:
            await asyncio.wait_for(asyncio.Event().wait(), 0.001)
        except TimeoutError:
            return -1
    if kind == 2:
        raise ValueError(i)
    if kind == 3:
        # A task that holds itself through a cycle.
        h = Holder()
        h.me = h
        h.task = asyncio.current_task()
        await asyncio.sleep(0)
        return i
    await asyncio.sleep(10)


async def drain(q):
    total = 0
    while True:
        total += await q.get()
        q.task_done()
        if total < 0:
            break
    return total


async def main():
    q = asyncio.Queue()
    consumer = asyncio.create_task(drain(q))
    done = 0
    results = {"ok": 0, "timeout": 0, "error": 0, "cancelled": 0}
    first_peak = 0
    while done < TOTAL:
        tasks = [asyncio.create_task(job(done + k, q)) for k in range(BATCH)]
        await asyncio.sleep(0)
        for t in tasks[4::5]:
            t.cancel()
        outs = await asyncio.gather(*tasks, return_exceptions=True)
        for r in outs:
            if isinstance(r, asyncio.CancelledError):
                results["cancelled"] += 1
            elif isinstance(r, ValueError):
                results["error"] += 1
            elif r == -1:
                results["timeout"] += 1
            else:
                results["ok"] += 1
        done += BATCH
        if done == FIRST:
            await q.join()
            first_peak = peak_kb()
    await q.join()
    consumer.cancel()
    print("tasks", done, results)
    print("peak_kb_first", first_peak)
    print("peak_kb_end", peak_kb())


asyncio.run(main())
