counter = 0
def bump():
    global counter
    counter += 1
for _ in range(5):
    bump()
print(counter)
def define_later():
    global later
    later = "defined"
define_later()
print(later)
def read_then_assign():
    print(counter)
    counter = 1
try:
    read_then_assign()
except UnboundLocalError as e:
    print(e)
def with_del():
    global counter
    del counter
with_del()
try:
    print(counter)
except NameError as e:
    print(e)
def f():
    return missing_global
try:
    f()
except NameError as e:
    print(e)
class C:
    global class_global
    class_global = 1
print(class_global)
exec("global from_exec\nfrom_exec = 3")
print(from_exec)
