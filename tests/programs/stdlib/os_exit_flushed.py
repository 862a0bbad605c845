import atexit
import os
import sys

atexit.register(lambda: print("atexit ran"))


def work():
    try:
        print("flushed before _exit")
        sys.stdout.flush()
        os._exit(0)
    except BaseException:
        print("handler ran")
    finally:
        print("finally ran")


for bad in [(), ("a",), (2**40,), (1.5,), (1, 2)]:
    try:
        os._exit(*bad)
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
work()
print("not reached")
