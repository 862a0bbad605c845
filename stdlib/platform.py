"""Facts about the platform weft runs on (from os.uname and sys)."""

import collections
import os
import sys

__all__ = ["architecture", "machine", "node", "platform", "processor",
           "python_build", "python_compiler", "python_implementation",
           "python_version", "python_version_tuple", "release", "system",
           "system_alias", "uname", "version", "libc_ver", "mac_ver",
           "win32_ver", "freedesktop_os_release"]


class uname_result(collections.namedtuple("uname_result",
                                          "system node release version machine")):
    """system, node, release, version, machine and (computed on demand)
    processor, as CPython's platform.uname() gives them."""

    _fields = ('system', 'node', 'release', 'version', 'machine', 'processor')

    @property
    def processor(self):
        return processor()

    def __iter__(self):
        yield from tuple.__iter__(self)
        yield self.processor

    def __getitem__(self, key):
        return tuple(iter(self))[key]

    def __len__(self):
        return len(tuple(iter(self)))

    def __repr__(self):
        return "uname_result(%s)" % ", ".join(
            "%s=%r" % (f, v) for f, v in zip(self._fields, self))


_uname_cache = None


def uname():
    global _uname_cache
    if _uname_cache is None:
        u = os.uname()
        _uname_cache = uname_result(u.sysname, u.nodename, u.release,
                                    u.version, u.machine)
    return _uname_cache


def system():
    return uname().system


def node():
    return uname().node


def release():
    return uname().release


def version():
    return uname().version


def machine():
    return uname().machine


def processor():
    # CPython asks `uname -p` on Linux, which most systems answer with
    # an empty or the machine's name; weft reports the empty string.
    return ''


def architecture(executable=sys.executable, bits='', linkage=''):
    return ('64bit' if sys.maxsize > 2 ** 32 else '32bit', 'ELF')


def python_implementation():
    return 'CPython' if sys.implementation.name == 'cpython' else sys.implementation.name


def python_version():
    v = sys.version_info
    return '%d.%d.%d' % (v[0], v[1], v[2])


def python_version_tuple():
    return tuple(python_version().split('.'))


def python_build():
    return ('main', '')


def python_compiler():
    return 'rustc'


def python_branch():
    return ''


def python_revision():
    return ''


def system_alias(system, release, version):
    return system, release, version


def platform(aliased=False, terse=False):
    u = uname()
    if terse:
        return '%s-%s' % (u.system, u.release)
    libc = libc_ver()
    parts = [u.system, u.release, u.machine, 'with', libc[0] + libc[1]] if libc[0] \
        else [u.system, u.release, u.machine]
    return '-'.join(p for p in parts if p)


def libc_ver(executable=None, lib='', version='', chunksize=16384):
    try:
        name = os.confstr('CS_GNU_LIBC_VERSION')
    except (AttributeError, ValueError, OSError):
        return (lib, version)
    parts = name.split()
    if len(parts) == 2:
        return (parts[0], parts[1])
    return (lib, version)


def mac_ver(release='', versioninfo=('', '', ''), machine=''):
    return release, versioninfo, machine


def win32_ver(release='', version='', csd='', ptype=''):
    return release, version, csd, ptype


def win32_edition():
    return None


def win32_is_iot():
    return False


def java_ver(release='', vendor='', vminfo=('', '', ''), osinfo=('', '', '')):
    return release, vendor, vminfo, osinfo


def freedesktop_os_release():
    for path in ('/etc/os-release', '/usr/lib/os-release'):
        try:
            with open(path, encoding='utf-8') as f:
                text = f.read()
        except OSError:
            continue
        info = {'NAME': 'Linux', 'ID': 'linux', 'PRETTY_NAME': 'Linux'}
        for line in text.splitlines():
            line = line.strip()
            if not line or line.startswith('#') or '=' not in line:
                continue
            k, v = line.split('=', 1)
            if len(v) >= 2 and v[0] == v[-1] and v[0] in '"\'':
                v = v[1:-1]
            info[k] = v
        return info
    raise OSError("no os-release file")
