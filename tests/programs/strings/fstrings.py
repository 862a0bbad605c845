x, y = 10, 3.14159
name = "world"
print(f"hello {name}", f"{x}", f"{x + 1}", f"{x * y:.2f}", f"{'quoted'}", f"{name!r}", f"{name!s}", f"{'é'!a}")
print(f"{x:>5}|{x:<5}|{x:^5}|{x:05}|{x:+}|{x:x}|{x:#o}|{x:b}")
print(f"{y:.3}|{y:10.4f}|{y:e}|{y:g}|{-y:+.1f}|{y:%}")
print(f"{x=}", f"{x = }", f"{y=:.2f}", f"{name=!r}", f"{x+1=}")
w, p = 10, 3
print(f"{y:{w}.{p}f}|", f"{name:>{w}}|", f"{'a' if x > 5 else 'b'}")
d = {"k": [1, 2, 3]}
print(f"{d['k'][1]}", f"{d}", f"{len(d)}", f"{[i * 2 for i in range(3)]}", f"{(lambda q: q * 2)(4)}")
print(f"{{literal}} {{{x}}}", f"{'{'}", f"a{''}b", f"""{x
}""")
print(f"{3.0}", f"{1e20}", f"{None}", f"{True:d}" if False else f"{True}", f"{-0.0}")
obj = 12345678
print(f"{obj:,}", f"{obj:_}", f"{obj:,d}", f"{1234.5:,.1f}", f"{obj:>15,}")
print(f"{'nested {}'.format(1)}", f'{"dq"}', rf"\n{x}", f"\t{x}\\")
