"""Helpers merged into the native `time` module: struct_time,
localtime, gmtime, mktime, strftime, asctime, ctime; the strftime
formatter is shared with datetime."""

import _weft

__all__ = ["struct_time", "localtime", "gmtime", "mktime", "strftime",
           "asctime", "ctime", "timezone", "altzone", "daylight", "tzname"]

_MONTHNAMES = [None, "Jan", "Feb", "Mar", "Apr", "May", "Jun",
               "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
_FULLMONTHNAMES = [None, "January", "February", "March", "April", "May", "June",
                   "July", "August", "September", "October", "November", "December"]
_DAYNAMES = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_FULLDAYNAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
                 "Saturday", "Sunday"]


def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _ymd2ord(year, month, day):
    y = year - 1
    before_month = [0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334][month]
    return y * 365 + y // 4 - y // 100 + y // 400 + before_month + (month > 2 and _is_leap(year)) + day


def _format_offset(off, sep=":"):
    # off: a timedelta-like with days/seconds/microseconds, or seconds as int.
    if off is None:
        return ""
    if isinstance(off, int):
        secs, us = off, 0
    else:
        secs = off.days * 86400 + off.seconds
        us = off.microseconds
    sign = "+"
    if secs < 0 or (secs == 0 and us < 0):
        sign = "-"
        total = -(secs * 1000000 + us)
        secs, us = divmod(total, 1000000)
    hh, rest = divmod(secs, 3600)
    mm, ss = divmod(rest, 60)
    s = "%s%02d%s%02d" % (sign, hh, sep, mm)
    if ss or us:
        s += "%s%02d" % (sep, ss)
        if us:
            s += ".%06d" % us
    return s


def _isocalendar(year, month, day):
    def week1_monday(y):
        first = _ymd2ord(y, 1, 1)
        wd = (first + 6) % 7
        monday = first - wd
        if wd > 3:
            monday += 7
        return monday
    today = _ymd2ord(year, month, day)
    y = year
    w1 = week1_monday(y)
    if today < w1:
        y -= 1
        w1 = week1_monday(y)
    elif today >= week1_monday(y + 1):
        y += 1
        w1 = week1_monday(y)
    week, d = divmod(today - w1, 7)
    return y, week + 1, d + 1


def _strftime(fmt, year, month, day, hour, minute, second, us, weekday, yday,
              utcoffset, tzname_):
    # weekday: Monday == 0; yday: 1-based.
    out = []
    i = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        if c != "%" or i + 1 >= n:
            out.append(c)
            i += 1
            continue
        d = fmt[i + 1]
        i += 2
        if d == "a":
            out.append(_DAYNAMES[weekday])
        elif d == "A":
            out.append(_FULLDAYNAMES[weekday])
        elif d == "b" or d == "h":
            out.append(_MONTHNAMES[month])
        elif d == "B":
            out.append(_FULLMONTHNAMES[month])
        elif d == "c":
            out.append("%s %s %2d %02d:%02d:%02d %04d" % (
                _DAYNAMES[weekday], _MONTHNAMES[month], day, hour, minute, second, year))
        elif d == "d":
            out.append("%02d" % day)
        elif d == "e":
            out.append("%2d" % day)
        elif d == "f":
            out.append("%06d" % us)
        elif d == "H":
            out.append("%02d" % hour)
        elif d == "I":
            out.append("%02d" % (hour % 12 or 12))
        elif d == "j":
            out.append("%03d" % yday)
        elif d == "m":
            out.append("%02d" % month)
        elif d == "M":
            out.append("%02d" % minute)
        elif d == "p":
            out.append("AM" if hour < 12 else "PM")
        elif d == "S":
            out.append("%02d" % second)
        elif d == "U":
            out.append("%02d" % ((yday + 6 - (weekday + 1) % 7) // 7))
        elif d == "w":
            out.append("%d" % ((weekday + 1) % 7))
        elif d == "W":
            out.append("%02d" % ((yday + 6 - weekday) // 7))
        elif d == "x":
            out.append("%02d/%02d/%02d" % (month, day, year % 100))
        elif d == "X":
            out.append("%02d:%02d:%02d" % (hour, minute, second))
        elif d == "y":
            out.append("%02d" % (year % 100))
        elif d == "Y":
            out.append("%d" % year)
        elif d == "G" or d == "V" or d == "u":
            iy, iw, iday = _isocalendar(year, month, day)
            out.append("%d" % iy if d == "G" else "%02d" % iw if d == "V" else "%d" % iday)
        elif d == "z":
            out.append(_format_offset(utcoffset, "") if utcoffset is not None else "")
        elif d == "Z":
            out.append(tzname_ or "")
        elif d == "D":
            out.append("%02d/%02d/%02d" % (month, day, year % 100))
        elif d == "F":
            out.append("%d-%02d-%02d" % (year, month, day))
        elif d == "T":
            out.append("%02d:%02d:%02d" % (hour, minute, second))
        elif d == "R":
            out.append("%02d:%02d" % (hour, minute))
        elif d == "n":
            out.append("\n")
        elif d == "t":
            out.append("\t")
        elif d == "%":
            out.append("%")
        else:
            out.append("%" + d)
    return "".join(out)




class struct_time(tuple):
    """The broken-down time: a 9-tuple with tm_* attributes."""

    _names = ("tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec",
              "tm_wday", "tm_yday", "tm_isdst")
    n_sequence_fields = 9
    n_fields = 11

    def __new__(cls, seq, extra=(None, None)):
        seq = tuple(seq)
        if len(seq) < 9:
            raise TypeError("time.struct_time() takes an at least 9-sequence (%d-sequence given)" % len(seq))
        self = tuple.__new__(cls, seq[:9])
        self._extra = tuple(seq[9:11]) if len(seq) >= 11 else extra
        return self

    tm_year = property(lambda self: self[0])
    tm_mon = property(lambda self: self[1])
    tm_mday = property(lambda self: self[2])
    tm_hour = property(lambda self: self[3])
    tm_min = property(lambda self: self[4])
    tm_sec = property(lambda self: self[5])
    tm_wday = property(lambda self: self[6])
    tm_yday = property(lambda self: self[7])
    tm_isdst = property(lambda self: self[8])
    tm_gmtoff = property(lambda self: self._extra[1])
    tm_zone = property(lambda self: self._extra[0])

    def __repr__(self):
        return "time.struct_time(%s)" % ", ".join(
            "%s=%r" % (n, v) for n, v in zip(self._names, self))


struct_time.__module__ = "time"


def _struct(fields):
    y, m, d, hh, mm, ss, wd, yd, dst, off, zone = fields
    return struct_time((y, m, d, hh, mm, ss, wd, yd, dst), (zone, off))


def localtime(secs=None):
    return _struct(_weft.localtime(secs))


def gmtime(secs=None):
    return _struct(_weft.gmtime(secs))


def mktime(t):
    t = tuple(t)
    days = _ymd2ord(t[0], t[1], t[2]) - _ymd2ord(1970, 1, 1)
    naive = days * 86400 + t[3] * 3600 + t[4] * 60 + t[5]
    guess = naive
    for _ in range(3):
        guess = naive - _weft.localtime(guess)[9]
    return float(guess)


def strftime(format, t=None):
    if t is None:
        t = localtime()
    elif not isinstance(t, tuple):
        raise TypeError("Tuple or struct_time argument required")
    elif len(t) != 9:
        raise TypeError("strftime(): illegal time tuple argument")
    y, m, d, hh, mi, ss, wd, yd, dst = tuple(t)[:9]
    if not 1 <= m <= 12:
        raise ValueError("month out of range")
    zone = getattr(t, "tm_zone", None)
    off = getattr(t, "tm_gmtoff", None)
    return _strftime(format, y, m, d, hh, mi, ss, 0, wd, yd, off, zone)


def asctime(t=None):
    if t is None:
        t = localtime()
    y, m, d, hh, mi, ss, wd = tuple(t)[:7]
    return "%s %s %2d %02d:%02d:%02d %d" % (_DAYNAMES[wd], _MONTHNAMES[m], d, hh, mi, ss, y)


def ctime(secs=None):
    return asctime(localtime(secs))


_jan = _weft.localtime(0)
timezone = -_jan[9]
altzone = timezone
daylight = 0
tzname = (_jan[10], _jan[10])
del _jan
