a = f"{x:}"
b = f"{x!s:{y}.{z}}"
c = f"""{
x
+ 1}"""
d = f'{"a" if x else "b"}' "tail" f"{y = !s:>3}"
e = f"{x:{{}}>10}"
g = rb'\d' + Rb"\x41" + b"\x41\n"
h = "bullet" if 0 else '\u00e9\U0001F600\x41\101\
cont'
i = f"{x,y}" f'{ {1: 2}[1] }'
j = 'don\'t' "say \"hi\"" '\q'
k = f"{3.14:.2f}" F"{'{'}" fR"\n{x}"
l = f"{x:=10}"
m = f"{x!r}"
