# exit, quit and help as the site module makes them.
print(repr(exit))
print(str(quit))
print(type(exit).__name__, type(exit).__module__, exit.name, exit.eof)
print(repr(help))
print(type(help).__name__, callable(help))

for q in (exit, quit):
    try:
        q(7)
    except SystemExit as e:
        print("SystemExit", e.code, e.args)
try:
    exit()
except SystemExit as e:
    print("SystemExit", e.code, e.args)
try:
    exit(code="named")
except SystemExit as e:
    print("SystemExit", e.code)
try:
    exit(1, 2)
except TypeError as e:
    print("TypeError", e)
