import csv, io
for src, kw in [(['1,,3'], dict(quoting=csv.QUOTE_NONNUMERIC)), (['a,"b'], {}), (['a,"b'], dict(strict=True)),
                (['a,"b"c'], dict(strict=True)), (['a\\\n', 'b,c'], dict(escapechar='\\')), (['a,"b\n', 'c",d'], {}),
                (['x\ry'], {}), (['a', 'b\r\n'], {}), (['"x" y,z'], {}), (['a,b\n\n'], {}), ([' "a"'], dict(skipinitialspace=True))]:
    try: print(list(csv.reader(src, **kw)))
    except Exception as e: print(type(e).__name__, e)
for row, kw in [(["a b", "c\td"], {}), (["x"], dict(quoting=csv.QUOTE_NONE)), (['a"b'], dict(quoting=csv.QUOTE_NONE)),
                (['a"b'], dict(doublequote=False)), (['a"b'], dict(doublequote=False, escapechar='\\')),
                (['a\\b', 'c'], dict(escapechar='\\')), ([True, 2.50, 10**20, b'x'], {}), ([], {}), (['a\rb'], {})]:
    s = io.StringIO()
    try: csv.writer(s, **kw).writerow(row); print(repr(s.getvalue()))
    except Exception as e: print(type(e).__name__, e)
for kw in [dict(quotechar=''), dict(quotechar=None), dict(quoting=9), dict(lineterminator=None), dict(delimiter=5), dict(escapechar='ab'), dict(quoting=csv.QUOTE_NONE, quotechar=None)]:
    try: csv.writer(io.StringIO(), **kw); print("ok", kw)
    except Exception as e: print(type(e).__name__, e)
try: csv.writer(io.StringIO()).writerow(5)
except Exception as e: print(type(e).__name__, e)
try: csv.get_dialect("nope")
except Exception as e: print(type(e).__name__, e)
class D(csv.Dialect):
    delimiter = ":"; quotechar = '"'; lineterminator = "\n"; quoting = csv.QUOTE_MINIMAL; doublequote = True; skipinitialspace = False
s = io.StringIO(); csv.writer(s, D).writerow(["a:b", 1]); print(repr(s.getvalue()))
print(list(csv.reader(["a:b"], D)))
r = csv.DictReader(io.StringIO("a,b\n1,2\n"), fieldnames=None, restkey="rest", restval="?"); print(r.fieldnames, list(r), r.line_num)
w = csv.DictWriter(io.StringIO(), ["a"], extrasaction="ignore"); print(w.writerow({"a": 1, "z": 2}))
try: csv.DictWriter(io.StringIO(), ["a"], extrasaction="bad")
except ValueError as e: print(e)
print(csv.Sniffer().sniff("a,b,c\n1,2,3\n").delimiter, csv.Sniffer().sniff('"a"|"b"\n"1"|"2"\n').delimiter)
print(csv.Sniffer().has_header("1,2\n3,4\n"))
print(csv.field_size_limit(10), csv.field_size_limit())
try: list(csv.reader(["a" * 11]))
except csv.Error as e: print(e)
