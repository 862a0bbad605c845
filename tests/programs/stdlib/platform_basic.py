import platform, sys
print(platform.system(), platform.machine(), platform.python_version(), platform.python_version_tuple())
print(platform.python_implementation() in ("CPython", "weft"), type(platform.node()).__name__, type(platform.release()).__name__)
u = platform.uname(); print(u.system, u.machine, len(u), u._fields if hasattr(u, '_fields') else None)
print(type(platform.platform()).__name__, platform.architecture()[0], platform.processor() == u.processor)
print(platform.python_compiler() != "", platform.libc_ver()[0] in ("glibc", ""), platform.system_alias("Linux", "5", "x"))
print(platform.mac_ver(), platform.win32_ver())
