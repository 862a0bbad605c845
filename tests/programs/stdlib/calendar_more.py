import calendar
h = calendar.HTMLCalendar(firstweekday=6)
print(h.formatmonth(2024, 2))
print(h.formatmonth(2024, 3, withyear=False))
print(h.formatyear(2023, width=4))
print(h.formatyearpage(2022, width=2, css=None).decode()[:600])
print(h.formatyearpage(2022)[:300])
class My(calendar.HTMLCalendar):
    cssclass_noday = 'empty'
print(My().formatweek([(0, 0), (1, 1)]))
for fw in range(7):
    c = calendar.TextCalendar(fw)
    for y, m in [(1, 1), (9999, 12), (2000, 2), (1900, 2), (2100, 3)]:
        print(c.formatmonth(y, m, w=fw % 3, l=1 + fw % 2))
print(calendar.TextCalendar(3).formatyear(1999, w=2, l=1, c=3, m=2))
print(calendar.monthrange(10400, 2), calendar.weekday(12000, 3, 1), calendar.weekday(-5, 3, 1) if False else '')
print([calendar.leapdays(y, y + 400) for y in (-800, 1, 1600)])
