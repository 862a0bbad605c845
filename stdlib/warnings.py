"""Warning control: warn() prints `file:line: Category: message` to
stderr, filtered by simplefilter()/filterwarnings(); catch_warnings()
saves and restores the filters (and can record instead of printing).

Message and module filters match as case-insensitive prefixes (weft has
no regular expressions)."""

import sys

__all__ = ["warn", "warn_explicit", "showwarning", "formatwarning",
           "filterwarnings", "simplefilter", "resetwarnings", "catch_warnings"]

_ACTIONS = ("error", "ignore", "always", "default", "module", "once")

# (action, message, category, module, lineno), newest first.
filters = []
_defaults = [
    ("default", "", DeprecationWarning, "__main__", 0),
    ("ignore", "", DeprecationWarning, "", 0),
    ("ignore", "", PendingDeprecationWarning, "", 0),
    ("ignore", "", ImportWarning, "", 0),
    ("ignore", "", ResourceWarning, "", 0),
]
filters.extend(_defaults)
_onceregistry = {}
_registry = {}
_filters_version = [0]


class WarningMessage:
    """A warning as catch_warnings(record=True) records it."""

    _WARNING_DETAILS = ("message", "category", "filename", "lineno", "file", "line", "source")

    def __init__(self, message, category, filename, lineno, file=None, line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ("{message : %r, category : %r, filename : %r, lineno : %s, line : %r}"
                % (self.message, self._category_name, self.filename, self.lineno, self.line))


def formatwarning(message, category, filename, lineno, line=None):
    s = "%s:%s: %s: %s\n" % (filename, lineno, category.__name__, message)
    if line is None:
        line = _source_line(filename, lineno)
    if line:
        s += "  %s\n" % line.strip()
    return s


def _source_line(filename, lineno):
    try:
        with open(filename) as f:
            for i, text in enumerate(f, 1):
                if i == lineno:
                    return text
    except (OSError, UnicodeDecodeError, ValueError):
        pass
    return None


def _showwarning_orig(message, category, filename, lineno, file=None, line=None):
    if file is None:
        file = sys.stderr
        if file is None:
            return
    text = formatwarning(message, category, filename, lineno, line)
    try:
        file.write(text)
    except OSError:
        pass


showwarning = _showwarning_orig


def _check(action, category):
    # CPython checks these with assert statements.
    if action not in _ACTIONS:
        raise AssertionError("invalid action: %r" % (action,))
    if not isinstance(category, type):
        raise AssertionError("category must be a class")
    if not issubclass(category, Warning):
        raise AssertionError("category must be a Warning subclass")


def filterwarnings(action, message="", category=Warning, module="", lineno=0, append=False):
    """Insert an entry into the list of warnings filters."""
    _check(action, category)
    if not isinstance(message, str):
        raise TypeError("message must be a string")
    if not isinstance(lineno, int) or lineno < 0:
        raise ValueError("lineno must be an int >= 0")
    _add_filter((action, message, category, module, lineno), append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """Insert a filter that matches every message and module."""
    _check(action, category)
    if not isinstance(lineno, int) or lineno < 0:
        raise ValueError("lineno must be an int >= 0")
    _add_filter((action, "", category, "", lineno), append)


def _add_filter(item, append):
    if not append:
        try:
            filters.remove(item)
        except ValueError:
            pass
        filters.insert(0, item)
    elif item not in filters:
        filters.append(item)
    _filters_version[0] += 1


def resetwarnings():
    """Clear the list of warning filters."""
    filters[:] = []
    _filters_version[0] += 1


def _matches(pattern, text):
    return not pattern or text.lower().startswith(pattern.lower())


def _action_for(text, category, module, lineno):
    for action, msg, cat, mod, ln in filters:
        if (_matches(msg, text) and issubclass(category, cat)
                and (not mod or mod == module) and (ln == 0 or ln == lineno)):
            return action
    return "default"


def warn(message, category=None, stacklevel=1, source=None):
    """Issue a warning, or raise it when the filters say "error"."""
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, not '%s'"
                        % type(category).__name__)
    try:
        frame = sys._getframe(stacklevel)
        filename = frame.f_code.co_filename
        lineno = frame.f_lineno
        module = frame.f_globals.get("__name__", "<string>")
    except (ValueError, AttributeError):
        filename = "sys"
        lineno = 1
        module = "sys"
    warn_explicit(message, category, filename, lineno, module)


def warn_explicit(message, category, filename, lineno, module=None, registry=None,
                  module_globals=None, source=None):
    if module is None:
        module = filename or "<unknown>"
        if module[-3:].lower() == ".py":
            module = module[:-3]
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    key = (text, category, lineno)
    action = _action_for(text, category, module, lineno)
    if action == "error":
        raise message
    if action == "ignore":
        return
    if registry is None:
        registry = _registry.setdefault(filename, {})
    if registry.get("version") != _filters_version[0]:
        registry.clear()
        registry["version"] = _filters_version[0]
    if action == "once":
        oncekey = (text, category)
        if _onceregistry.get(oncekey):
            return
        _onceregistry[oncekey] = 1
    elif action == "module":
        altkey = (text, category, 0)
        if registry.get(altkey):
            return
        registry[altkey] = 1
    elif action == "default":
        if registry.get(key):
            return
        registry[key] = 1
    showwarning(message, category, filename, lineno)


class catch_warnings:
    """Save the warning filters on entry and restore them on exit; with
    record=True, collect warnings in a list instead of printing them."""

    def __init__(self, *, record=False, module=None, action=None, category=Warning,
                 lineno=0, append=False):
        self._record = record
        self._entered = False
        self._action = action
        self._filter_args = (category, lineno, append)

    def __repr__(self):
        args = []
        if self._record:
            args.append("record=True")
        return "%s(%s)" % (type(self).__name__, ", ".join(args))

    def __enter__(self):
        if self._entered:
            raise RuntimeError("Cannot enter %r twice" % self)
        self._entered = True
        global showwarning
        self._filters = filters[:]
        self._showwarning = showwarning
        self._registry = {k: dict(v) for k, v in _registry.items()}
        _filters_version[0] += 1
        if self._action:
            simplefilter(self._action, *self._filter_args)
        if self._record:
            log = []

            def record(message, category, filename, lineno, file=None, line=None):
                log.append(WarningMessage(message, category, filename, lineno, file, line))
            showwarning = record
            return log
        return None

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError("Cannot exit %r without entering first" % self)
        global showwarning
        filters[:] = self._filters
        showwarning = self._showwarning
        _registry.clear()
        _registry.update(self._registry)
        _filters_version[0] += 1
