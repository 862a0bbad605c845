import sys
print(sys.implementation.name in ("cpython", "weft"), sys.implementation.version[:2])
print(sys.int_info.bits_per_digit > 0, sys.get_int_max_str_digits())
sys.set_int_max_str_digits(5000)
print(sys.get_int_max_str_digits())
print(len(str(10**4500)))
sys.set_int_max_str_digits(640)
try:
    str(10**700)
except ValueError as e:
    print(e)
print(sys.flags.optimize, sys.flags.dont_write_bytecode >= 0)
import builtins
print(builtins.print is print, builtins.len is len)
builtins.my_global_helper = 7
print(my_global_helper)
del builtins.my_global_helper
try:
    sys.set_int_max_str_digits(100)
except ValueError as e:
    print(e)
sys.set_int_max_str_digits(0)
print(len(str(10**9000)), len(str(int('9' * 5000))))
sys.set_int_max_str_digits(4300)
try:
    int('1' * 4301)
except ValueError as e:
    print(e)
