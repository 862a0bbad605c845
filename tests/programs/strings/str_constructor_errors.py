print(str(1.5), str(-0), str(True), str(b"x"), str(str), str(1e100))
try:
    "a" + 1
except TypeError as e:
    print(e)
try:
    1 + "a"
except TypeError as e:
    print(e)
try:
    "a" * "b"
except TypeError as e:
    print(e)
try:
    "a" * 1.5
except TypeError as e:
    print(e)
try:
    "a" - "b"
except TypeError as e:
    print(e)
try:
    -"a"
except TypeError as e:
    print(e)
try:
    "abc".foo
except AttributeError as e:
    print(e)
try:
    "abc".upper(1)
except TypeError as e:
    print(e)
try:
    "abc".split(1)
except TypeError as e:
    print(e)
try:
    "x".join(None)
except TypeError as e:
    print(e)
try:
    "abc".center()
except TypeError as e:
    print(e)
try:
    ord("ab")
except TypeError as e:
    print(e)
try:
    chr(-1)
except ValueError as e:
    print(e)
