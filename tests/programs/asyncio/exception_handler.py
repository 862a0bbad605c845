# Exception handler API and "Exception in callback" reporting.
import asyncio

loop = asyncio.new_event_loop()
print(loop.get_exception_handler())

def handler(lp, context):
    print("handler:", lp is loop, sorted(context))
    m = context["message"]
    print("  message:", m[:m.find(" at ")] if " at " in m else m)
    exc = context.get("exception")
    print("  exception:", repr(exc))

loop.set_exception_handler(handler)
print(loop.get_exception_handler() is handler)

def bad_callback(x):
    raise ValueError("callback failed %s" % x)

loop.call_soon(bad_callback, 1)
loop.call_soon(print, "loop keeps running")
loop.call_soon(loop.stop)
loop.run_forever()

# call_exception_handler directly
loop.call_exception_handler({"message": "custom message", "extra": 1})

# a handler that raises: the error is logged, the loop continues
def failing_handler(lp, context):
    raise RuntimeError("handler broke")
loop.set_exception_handler(failing_handler)
loop.call_soon(bad_callback, 2)
loop.call_soon(print, "still running after failing handler")
loop.call_soon(loop.stop)
loop.run_forever()

# invalid handler
try:
    loop.set_exception_handler(5)
except TypeError as e:
    print("TypeError:", e)

# back to the default handler (reports on stderr)
loop.set_exception_handler(None)
print(loop.get_exception_handler())
loop.call_soon(bad_callback, 3)
loop.call_soon(print, "default handler reported on stderr")
loop.call_soon(loop.stop)
loop.run_forever()

# default_exception_handler can be called from a custom handler
def delegating(lp, context):
    m = context["message"]
    print("delegating:", m[:m.find(" at ")])
    lp.default_exception_handler(context)
loop.set_exception_handler(delegating)
loop.call_soon(bad_callback, 4)
loop.call_soon(loop.stop)
loop.run_forever()

# unretrieved task exception goes to the handler when the task is dropped
loop.set_exception_handler(handler)
async def fails():
    raise KeyError("never retrieved")
t = loop.create_task(fails())
loop.run_until_complete(asyncio.sleep(0))
del t
import gc
gc.collect()
loop.close()
print("end")
