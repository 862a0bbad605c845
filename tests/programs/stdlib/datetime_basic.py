import datetime
from datetime import date, time, timedelta, timezone
dt = datetime.datetime
for td in [timedelta(seconds=1.5), timedelta(days=1, hours=2), timedelta(seconds=-1), timedelta(0), timedelta(weeks=2, minutes=3, microseconds=7), timedelta(days=-3, seconds=5), timedelta(milliseconds=1), timedelta(hours=25.5), timedelta(microseconds=-1)]:
    print(str(td), repr(td), td.days, td.seconds, td.microseconds, td.total_seconds())
a = timedelta(hours=1); b = timedelta(minutes=30)
print(a + b, a - b, b - a, a * 2, 2 * a, a / 2, a / b, a // b, a % timedelta(minutes=25), divmod(a, timedelta(minutes=25)), -a, abs(-a), a * 1.5, a / 4.0)
print(a > b, a == timedelta(minutes=60), bool(timedelta(0)), hash(a) == hash(timedelta(seconds=3600)), timedelta.max, timedelta.min, timedelta.resolution)
d = date(2024, 2, 28)
print(d, repr(d), d + timedelta(days=1), d + timedelta(days=2), d - date(2023, 12, 25), d.weekday(), d.isoweekday(), d.toordinal(), date.fromordinal(738944), d.isoformat(), d.replace(day=1), d.isocalendar(), tuple(d.isocalendar()))
print(d.strftime("%Y/%m/%d %a %A %b %B %j %U %W %w %y %%"), d.ctime(), f"{d:%d.%m.%Y}", format(d, ""))
print(date(2000, 1, 1) < date(2000, 1, 2), date(2020, 5, 17) == date(2020, 5, 17), date.fromisoformat("2021-03-04"), date.min, date.max)
x = dt(2024, 1, 5, 13, 7, 9, 250000)
print(x, repr(x), x.isoformat(), x.isoformat(" ", "seconds"), x.isoformat(timespec="milliseconds"), x.date(), x.time(), x.year, x.hour, x.microsecond)
print(dt(2024, 1, 5), repr(dt(2024, 1, 5, 10)), repr(dt(2024, 1, 5, 10, 0, 3)), str(dt(1999, 12, 31, 23, 59, 59)))
print(x + timedelta(days=30, hours=12), x - timedelta(weeks=1), x - dt(2024, 1, 1), dt(2024, 1, 1) - x)
print(x.strftime("%Y-%m-%d %H:%M:%S.%f %I %p %c %x %X"), x.weekday(), x.ctime(), x.timetuple()[:6])
print(x > dt(2024, 1, 5), x == dt(2024, 1, 5, 13, 7, 9, 250000), sorted([dt(2020, 1, 1), dt(2019, 5, 5)]))
u = dt(2024, 6, 1, 12, 0, tzinfo=timezone.utc)
print(u, repr(u), u.isoformat(), u.utcoffset(), u.tzname(), u.timestamp())
plus2 = timezone(timedelta(hours=2))
print(plus2, repr(plus2), repr(timezone.utc), timezone(timedelta(hours=-5, minutes=-30), "X"), u.astimezone(plus2), u.astimezone(plus2) == u)
print(dt.fromtimestamp(0, timezone.utc), dt.utcfromtimestamp(86400 * 365.25), dt.fromtimestamp(1700000000.5, tz=timezone.utc))
print(dt.combine(date(2020, 1, 2), time(3, 4)), dt.fromisoformat("2021-05-06T07:08:09"), dt.fromisoformat("2021-05-06 07:08:09.123+02:00"), dt.strptime("2023-07-08 09:10", "%Y-%m-%d %H:%M"))
t = time(9, 30)
print(t, repr(t), repr(time(1, 2, 3, 4)), time(12, 0, 5).isoformat(), t.strftime("%H:%M"), time(), t < time(10), time.fromisoformat("10:11:12"))
now = dt.now(); today = date.today()
print(type(now).__name__, now.year >= 2024, today == now.date() or True, abs((dt.now() - now).total_seconds()) < 5)
print(dt.now(timezone.utc).tzinfo, isinstance(now, date), issubclass(dt, date))
for f in [lambda: date(2023, 2, 29), lambda: date(2023, 13, 1), lambda: date(0, 1, 1), lambda: dt(2020, 1, 1, 24), lambda: time(minute=60), lambda: timedelta(days=10**10), lambda: dt(2020, 1, 1) < u, lambda: dt(2020, 1, 1) - u, lambda: date.fromisoformat("2020-1-1"), lambda: timezone(5), lambda: dt.strptime("2020", "%Y-%m")]:
    try:
        print(f())
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
print(datetime.MINYEAR, datetime.MAXYEAR, dt.max, dt.min, datetime.UTC)
