names = ["BaseException", "Exception", "StopIteration", "StopAsyncIteration", "GeneratorExit", "KeyboardInterrupt",
         "SystemExit", "ArithmeticError", "ZeroDivisionError", "OverflowError", "LookupError", "KeyError", "IndexError",
         "TypeError", "ValueError", "AttributeError", "NameError", "UnboundLocalError", "RuntimeError", "RecursionError",
         "NotImplementedError", "AssertionError", "ImportError", "ModuleNotFoundError", "OSError", "FileNotFoundError",
         "PermissionError", "TimeoutError", "UnicodeDecodeError", "UnicodeError", "FileExistsError", "EOFError", "MemoryError"]

for n in names:
    cls = eval(n)
    print(n, [c.__name__ for c in cls.__mro__])
print(issubclass(KeyError, LookupError), issubclass(UnicodeDecodeError, ValueError), issubclass(EnvironmentError, OSError))
print(IOError is OSError, issubclass(StopIteration, Exception), issubclass(KeyboardInterrupt, Exception))
