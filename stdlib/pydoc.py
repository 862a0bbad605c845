"""Text documentation for help(): CPython pydoc's plain-text layout for
functions, methods, classes, modules and other objects. There is no
interactive help utility, no HTML server and no pager: help(x) writes to
sys.stdout."""

import inspect

_HIDDEN = {'__author__', '__builtins__', '__cached__', '__credits__',
           '__date__', '__doc__', '__file__', '__spec__', '__loader__',
           '__module__', '__name__', '__package__', '__path__',
           '__qualname__', '__slots__', '__version__'}

_RULE = '-' * 70

# What CPython's object gives its methods as docstrings: a method that
# overrides one without a docstring of its own shows these.
_OBJECT_DOCS = {
    '__init__': 'Initialize self.  See help(type(self)) for accurate signature.',
    '__repr__': 'Return repr(self).',
    '__str__': 'Return str(self).',
    '__eq__': 'Return self==value.',
    '__ne__': 'Return self!=value.',
    '__lt__': 'Return self<value.',
    '__le__': 'Return self<=value.',
    '__gt__': 'Return self>value.',
    '__ge__': 'Return self>=value.',
    '__hash__': 'Return hash(self).',
    '__getattribute__': 'Return getattr(self, name).',
    '__setattr__': 'Implement setattr(self, name, value).',
    '__delattr__': 'Implement delattr(self, name).',
    '__format__': 'Default object formatter.',
    '__dir__': 'Default dir() implementation.',
    '__sizeof__': 'Size of object in memory, in bytes.',
}


def _visible(name, all=None):
    if name in _HIDDEN:
        return False
    if name.startswith('__') and name.endswith('__'):
        return True
    if all is not None:
        return name in all
    return not name.startswith('_')


def _indent(text, prefix='    '):
    if not text:
        return ''
    return '\n'.join(prefix + line for line in text.split('\n'))


def _getdoc(obj):
    doc = getattr(obj, '__doc__', None)
    if not isinstance(doc, str):
        return ''
    return inspect.cleandoc(doc)


def _method_doc(name, mro):
    """A method's docstring, or the one of the method it overrides."""
    for cls in mro:
        if name in cls.__dict__:
            doc = _getdoc(cls.__dict__[name])
            if doc:
                return doc
    return _OBJECT_DOCS.get(name, '')


def _classname(cls, modname):
    name = cls.__qualname__ if hasattr(cls, '__qualname__') else cls.__name__
    if cls.__module__ != modname:
        name = cls.__module__ + '.' + name
    return name


def _annotation(a):
    if isinstance(a, type):
        if a.__module__ == 'builtins':
            return a.__qualname__
        return a.__module__ + '.' + a.__qualname__
    return repr(a)


def _signature(func, skip_first=False):
    """`(a, /, b=1, *args, c, **kw) -> int` from a Python function's code,
    or None when there is no code to read it from."""
    code = getattr(func, '__code__', None)
    if code is None:
        return None
    names = code.co_varnames
    npos = code.co_argcount
    nposonly = getattr(code, 'co_posonlyargcount', 0)
    nkwonly = code.co_kwonlyargcount
    defaults = func.__defaults__ or ()
    kwdefaults = func.__kwdefaults__ or {}
    notes = getattr(func, '__annotations__', None) or {}

    def param(name, default=None, has_default=False):
        text = name
        if name in notes:
            text += ': ' + _annotation(notes[name])
            if has_default:
                text += ' = ' + repr(default)
        elif has_default:
            text += '=' + repr(default)
        return text

    parts = []
    first_default = npos - len(defaults)
    for i in range(npos):
        if i < first_default:
            parts.append(param(names[i]))
        else:
            parts.append(param(names[i], defaults[i - first_default], True))
        if nposonly and i == nposonly - 1:
            parts.append('/')
    rest = npos + nkwonly
    if code.co_flags & inspect.CO_VARARGS:
        parts.append('*' + param(names[rest]))
        rest += 1
    elif nkwonly:
        parts.append('*')
    for name in names[npos:npos + nkwonly]:
        if name in kwdefaults:
            parts.append(param(name, kwdefaults[name], True))
        else:
            parts.append(param(name))
    if code.co_flags & inspect.CO_VARKEYWORDS:
        parts.append('**' + param(names[rest]))
    if skip_first and parts and parts[0] != '/':
        parts.pop(0)
        if parts and parts[0] == '/':
            parts.pop(0)
    text = '(' + ', '.join(parts) + ')'
    if 'return' in notes:
        text += ' -> ' + _annotation(notes['return'])
    return text


def _docroutine(obj, name=None, mod=None, cl=None):
    """A function, method or built-in: its signature line and docstring
    (inherited from the method it overrides when it has none)."""
    realname = obj.__name__
    name = name or realname
    note = ''
    skip_first = False
    if inspect.ismethod(obj):
        owner = obj.__self__
        imclass = owner if isinstance(owner, type) else owner.__class__
        if cl is not None:
            if isinstance(owner, type):
                note = ' from ' + _classname(type(owner), mod)
        elif isinstance(owner, type):
            note = ' method of %s class' % _classname(owner, mod)
        else:
            note = ' method of %s instance' % _classname(imclass, mod)
        skip_first = True
        func = obj.__func__
    else:
        func = obj
    if name == realname:
        title = realname
    else:
        title = name + ' = ' + realname
    prefix = ''
    if inspect.iscoroutinefunction(func) or inspect.isasyncgenfunction(func):
        prefix = 'async '
    argspec = _signature(func, skip_first)
    if realname == '<lambda>':
        title = name + ' lambda '
        argspec = argspec[1:-1] if argspec else ''
    elif argspec is None:
        argspec = '(...)'
    decl = prefix + title + argspec + note
    doc = _getdoc(obj)
    if not doc and realname != '<lambda>':
        if cl is not None:
            doc = _method_doc(realname, cl.__mro__)
        elif inspect.ismethod(obj):
            owner = obj.__self__
            doc = _method_doc(realname, (owner if isinstance(owner, type) else type(owner)).__mro__)
    if doc:
        return decl + '\n' + _indent(doc) + '\n'
    return decl + '\n'


def _docother(name, value):
    return name + ' = ' + repr(value) + '\n'


def _docproperty(name, prop):
    doc = _getdoc(prop)
    if doc:
        return name + '\n' + _indent(doc) + '\n'
    return name + '\n'


def _instance_dict_provider(cls):
    """The class whose instances first get a __dict__ along the MRO: CPython
    lists __dict__ and __weakref__ as its data descriptors."""
    provider = None
    for c in reversed(cls.__mro__):
        if c.__module__ == 'builtins':
            continue
        if '__slots__' in c.__dict__:
            continue
        if provider is None:
            provider = c
    return provider


def _kind(value):
    if isinstance(value, classmethod):
        return 'class method'
    if isinstance(value, staticmethod):
        return 'static method'
    if isinstance(value, property):
        return 'readonly property' if value.fset is None else 'data descriptor'
    if inspect.isroutine(value):
        return 'method'
    return 'data'


_SECTIONS = [
    ('method', 'Methods'),
    ('class method', 'Class methods'),
    ('static method', 'Static methods'),
    ('readonly property', 'Readonly properties'),
    ('data descriptor', 'Data descriptors'),
    ('data', 'Data and other attributes'),
]


def _docclass(cls, name=None, mod=None):
    realname = cls.__name__
    name = name or realname
    bases = cls.__bases__
    if name == realname:
        title = 'class ' + realname
    else:
        title = name + ' = class ' + realname
    if bases:
        title += '(' + ', '.join(_classname(b, cls.__module__) for b in bases) + ')'
    lines = []
    init = None
    for c in cls.__mro__:
        if '__init__' in c.__dict__:
            init = c.__dict__['__init__']
            break
    if inspect.isfunction(init):
        sig = _signature(init, skip_first=True)
        if sig is not None:
            lines.append(realname + sig)
            lines.append('')
    doc = _getdoc(cls)
    if doc:
        lines.extend(doc.split('\n'))
        lines.append('')
    mro = cls.__mro__
    if len(mro) > 2:
        lines.append('Method resolution order:')
        for base in mro:
            lines.append('    ' + _classname(base, cls.__module__))
        lines.append('')
    provider = _instance_dict_provider(cls)
    sections = []
    for home in mro:
        if home is object or home.__module__ == 'builtins' and home is not cls:
            continue
        items = {}
        for key, value in home.__dict__.items():
            if not _visible(key) or key in ('__dict__', '__weakref__'):
                continue
            if any(key in c.__dict__ for c in mro[:mro.index(home)]):
                continue
            items.setdefault(_kind(value), []).append((key, value))
        if home is provider:
            items.setdefault('data descriptor', []).extend([
                ('__dict__', 'dictionary for instance variables'),
                ('__weakref__', 'list of weak references to the object')])
        where = 'defined here' if home is cls else \
            'inherited from ' + _classname(home, cls.__module__)
        for kind, label in _SECTIONS:
            entries = items.get(kind)
            if not entries:
                continue
            entries.sort(key=lambda e: e[0])
            block = [label + ' ' + where + ':', '']
            for key, value in entries:
                if kind == 'method':
                    text = _docroutine(value, key, cls.__module__, cls)
                elif kind in ('class method', 'static method'):
                    text = _docroutine(getattr(cls, key), key, cls.__module__, cls)
                elif isinstance(value, property):
                    text = _docproperty(key, value)
                elif isinstance(value, str) and key in ('__dict__', '__weakref__'):
                    text = key + '\n' + _indent(value) + '\n'
                else:
                    text = _docother(key, value)
                block.extend(text.rstrip('\n').split('\n'))
                block.append('')
            sections.append(block)
    for i, block in enumerate(sections):
        if i:
            lines.append(_RULE)
        lines.extend(block)
    while lines and lines[-1] == '':
        lines.pop()
    body = '\n'.join(' |  ' + line if line else ' |  ' for line in lines)
    if body:
        return title + '\n' + body + '\n'
    return title + '\n'


def _classtree(classes, modname):
    """The inheritance tree pydoc prints under CLASSES."""
    children = {}
    roots = []
    for c in classes:
        for base in c.__bases__[:1] or (object,):
            if base not in classes and base not in roots:
                roots.append(base)
            children.setdefault(base, []).append(c)
    lines = []

    def walk(c, depth):
        lines.append('    ' * depth + _classname(c, modname))
        for sub in children.get(c, ()):
            if sub is not c:
                walk(sub, depth + 1)
    for r in roots:
        walk(r, 0)
    return '\n'.join(lines)


def _section(title, contents):
    return title + '\n' + _indent(contents).rstrip() + '\n\n'


def _docmodule(mod):
    name = mod.__name__
    doc = _getdoc(mod)
    synopsis, _, rest = doc.partition('\n')
    out = _section('NAME', name + (' - ' + synopsis if synopsis else ''))
    rest = rest.strip('\n')
    if rest:
        out += _section('DESCRIPTION', rest)
    all = getattr(mod, '__all__', None)
    classes, funcs, data = [], [], []
    for key in sorted(mod.__dict__):
        value = mod.__dict__[key]
        if not _visible(key, all):
            continue
        home = getattr(value, '__module__', None)
        if isinstance(value, type):
            if all is not None or home == name:
                classes.append((key, value))
        elif inspect.isroutine(value):
            if all is not None or home == name or inspect.isbuiltin(value):
                funcs.append((key, value))
        elif not inspect.ismodule(value):
            data.append((key, value))
    if classes:
        tree = _classtree([c for _, c in classes], name)
        docs = [_docclass(c, key, name) for key, c in classes]
        out += _section('CLASSES', tree + '\n\n' + '\n'.join(docs))
    if funcs:
        out += _section('FUNCTIONS', '\n'.join(_docroutine(f, key, name) for key, f in funcs))
    if data:
        out += _section('DATA', '\n'.join(_docother(key, v).rstrip('\n') for key, v in data))
    file = getattr(mod, '__file__', None)
    out += _section('FILE', file if file else '(built-in)')
    return out


def _describe(thing):
    if inspect.ismodule(thing):
        return 'module ' + thing.__name__
    if isinstance(thing, type):
        return 'class ' + thing.__name__
    if inspect.isbuiltin(thing):
        return 'built-in function ' + thing.__name__
    if inspect.ismethod(thing):
        return 'method ' + thing.__func__.__name__
    if inspect.isfunction(thing):
        return 'function ' + thing.__name__
    if isinstance(thing, property):
        return 'property'
    return type(thing).__name__


def _locate(path):
    """The object a dotted name refers to: a module, or an attribute of
    one, or a builtin."""
    parts = path.split('.')
    obj = None
    n = len(parts)
    while n > 0:
        try:
            obj = __import__('.'.join(parts[:n]))
            for p in parts[1:n]:
                obj = getattr(obj, p)
            break
        except ImportError:
            n -= 1
    if n == 0:
        import_builtins = __builtins__ if isinstance(__builtins__, dict) else vars(__builtins__)
        if parts[0] not in import_builtins:
            return None
        obj = import_builtins[parts[0]]
        n = 1
    for p in parts[n:]:
        if not hasattr(obj, p):
            return None
        obj = getattr(obj, p)
    return obj


def render_doc(thing, title='Help on %s:', name=None):
    """The text help(thing) prints."""
    if isinstance(thing, str):
        name = thing
        thing = _locate(thing)
        if thing is None:
            raise ImportError('No Python documentation found for %r.' % name)
    desc = _describe(thing)
    modname = getattr(thing, '__module__', None)
    if not (inspect.isroutine(thing) or isinstance(thing, type)) \
            and modname == 'builtins':
        # Instances of built-in types have no __module__ in CPython.
        modname = None
    if name and '.' in name:
        desc += ' in ' + name[:name.rfind('.')]
    elif isinstance(modname, str) and not inspect.ismodule(thing):
        desc += ' in module ' + modname
    if not (inspect.ismodule(thing) or isinstance(thing, type) or
            inspect.isroutine(thing) or isinstance(thing, property)):
        thing = type(thing)
        desc += ' object'
        name = None
    if inspect.ismodule(thing):
        body = _docmodule(thing)
    elif isinstance(thing, type):
        body = _docclass(thing, name)
    elif isinstance(thing, property):
        body = _docproperty(name or 'property', thing)
    else:
        body = _docroutine(thing, name)
    return title % desc + '\n\n' + body


def help(*request):
    """Print the documentation of an object (or of a dotted name)."""
    if not request:
        print("weft has no interactive help utility: "
              "use help(object) for help about object.")
        return
    thing = request[0]
    try:
        print(render_doc(thing))
    except ImportError as e:
        print(str(e) + '\nUse help() to get the interactive help utility.\n'
              'Use help(str) for help on the str class.\n')
