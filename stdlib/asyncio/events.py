"""Event loop access functions."""

from _asyncio import (get_running_loop, _get_running_loop, _set_running_loop,
                      new_event_loop, set_event_loop, get_event_loop, Handle,
                      TimerHandle, EventLoop as AbstractEventLoop)
