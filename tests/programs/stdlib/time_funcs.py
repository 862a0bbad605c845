import time
t = time.gmtime(1700000000)
print(t, t.tm_year, t.tm_yday, t[0:3], len(t), tuple(t))
print(time.strftime("%Y-%m-%d %H:%M:%S %a %b %j", t), time.asctime(t), time.strftime("%%|%y|%I %p|%A %B", time.gmtime(0)))
lt = time.localtime(1700000000)
print(type(lt).__name__, time.mktime(lt), isinstance(time.time(), float), time.gmtime(0).tm_wday)
print(time.ctime(0) == time.asctime(time.localtime(0)), type(time.strftime("%H")).__name__, time.timezone, time.tzname[0])
try:
    time.strftime("%Y", (1,))
except TypeError as e:
    print("TypeError", e)
