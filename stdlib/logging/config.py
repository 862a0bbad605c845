"""dictConfig: configure logging from a dictionary (schema version 1).

Supported: formatters (format, datefmt, style, validate, class, '()'),
filters (name, '()'), handlers (class or '()', level, formatter, filters,
'.' properties, other keys as constructor arguments; 'ext://' and 'cfg://'
values), loggers and root (level, handlers, filters, propagate),
disable_existing_loggers and incremental.  fileConfig and listen() are not
provided."""

import logging
import logging.handlers

__all__ = ["dictConfig", "DictConfigurator", "valid_ident"]


class _Deferred(Exception):
    """A MemoryHandler's target handler is configured later."""


def valid_ident(s):
    if not s.isidentifier():
        raise ValueError("Not a valid Python identifier: %r" % s)
    return True


def _resolve(name):
    parts = name.split(".")
    used = parts.pop(0)
    try:
        found = __import__(used)
        for frag in parts:
            used += "." + frag
            try:
                found = getattr(found, frag)
            except AttributeError:
                __import__(used)
                found = getattr(found, frag)
        return found
    except ImportError as e:
        v = ValueError("Cannot resolve %r: %s" % (name, e))
        raise v from e


def _clearExistingHandlers():
    logging._handlers.clear()
    logging.shutdown(logging._handlerList[:])
    del logging._handlerList[:]


def _handle_existing_loggers(existing, child_loggers, disable_existing):
    root = logging.root
    for log in existing:
        logger = root.manager.loggerDict[log]
        if log in child_loggers:
            if not isinstance(logger, logging.PlaceHolder):
                logger.setLevel(logging.NOTSET)
                logger.handlers = []
                logger.propagate = True
        else:
            logger.disabled = disable_existing


class DictConfigurator:
    def __init__(self, config):
        self.config = dict(config)

    def resolve(self, s):
        return _resolve(s)

    def cfg_convert(self, value):
        rest = value
        obj = self.config
        for part in rest.replace("[", ".").replace("]", "").split("."):
            if not part:
                continue
            if isinstance(obj, (list, tuple)) and part.isdigit():
                obj = obj[int(part)]
            else:
                obj = obj[part]
        return obj

    def convert(self, value):
        if isinstance(value, str):
            if value.startswith("ext://"):
                return self.resolve(value[6:])
            if value.startswith("cfg://"):
                return self.cfg_convert(value[6:])
            return value
        if isinstance(value, dict):
            return {k: self.convert(v) for k, v in value.items()}
        if isinstance(value, list):
            return [self.convert(v) for v in value]
        if isinstance(value, tuple):
            return tuple(self.convert(v) for v in value)
        return value

    def configure_custom(self, config):
        config = dict(config)
        c = config.pop("()")
        if not callable(c):
            c = self.resolve(c)
        props = config.pop(".", None)
        kwargs = {k: self.convert(config[k]) for k in config if valid_ident(k)}
        result = c(**kwargs)
        if props:
            for name, value in props.items():
                setattr(result, name, value)
        return result

    def configure(self):
        config = self.config
        if "version" not in config:
            raise ValueError("dictionary doesn't specify a version")
        if config["version"] != 1:
            raise ValueError("Unsupported version: %s" % config["version"])
        incremental = config.pop("incremental", False)
        if incremental:
            for name, hconf in config.get("handlers", {}).items():
                if name not in logging._handlers:
                    raise ValueError("No handler found with name %r" % name)
                level = hconf.get("level", None)
                if level:
                    logging._handlers[name].setLevel(logging._checkLevel(level))
            for name, lconf in config.get("loggers", {}).items():
                try:
                    self.configure_logger(name, lconf, True)
                except Exception as e:
                    raise ValueError("Unable to configure logger %r" % name) from e
            root = config.get("root", None)
            if root:
                try:
                    self.configure_root(root, True)
                except Exception as e:
                    raise ValueError("Unable to configure root logger") from e
            return
        disable_existing = config.pop("disable_existing_loggers", True)
        _clearExistingHandlers()

        formatters = dict(config.get("formatters", {}))
        for name in formatters:
            try:
                formatters[name] = self.configure_formatter(formatters[name])
            except Exception as e:
                raise ValueError("Unable to configure formatter %r" % name) from e
        config["formatters"] = formatters

        filters = dict(config.get("filters", {}))
        for name in filters:
            try:
                filters[name] = self.configure_filter(filters[name])
            except Exception as e:
                raise ValueError("Unable to configure filter %r" % name) from e
        config["filters"] = filters

        handler_configs = dict(config.get("handlers", {}))
        self._handler_configs = handler_configs
        self._deferring = False
        handlers = {}
        config["handlers"] = handlers
        deferred = []
        for name in sorted(handler_configs):
            try:
                handler = self.configure_handler(handler_configs[name])
                handler.name = name
                handlers[name] = handler
            except _Deferred:
                deferred.append(name)
            except Exception as e:
                raise ValueError("Unable to configure handler %r" % name) from e
        self._deferring = True
        for name in deferred:
            try:
                handler = self.configure_handler(handler_configs[name])
                handler.name = name
                handlers[name] = handler
            except Exception as e:
                raise ValueError("Unable to configure handler %r" % name) from e

        root = logging.root
        existing = sorted(root.manager.loggerDict.keys())
        child_loggers = []
        loggers = config.get("loggers", {})
        for name in loggers:
            if name in existing:
                i = existing.index(name) + 1
                prefixed = name + "."
                while i < len(existing):
                    if existing[i].startswith(prefixed):
                        child_loggers.append(existing[i])
                    i += 1
                existing.remove(name)
            try:
                self.configure_logger(name, loggers[name])
            except Exception as e:
                raise ValueError("Unable to configure logger %r" % name) from e
        _handle_existing_loggers(existing, child_loggers, disable_existing)

        root_conf = config.get("root", None)
        if root_conf:
            try:
                self.configure_root(root_conf)
            except Exception as e:
                raise ValueError("Unable to configure root logger") from e

    def configure_formatter(self, config):
        if "()" in config:
            return self.configure_custom(config)
        fmt = config.get("format", None)
        dfmt = config.get("datefmt", None)
        style = config.get("style", "%")
        cname = config.get("class", None)
        c = logging.Formatter if not cname else self.resolve(cname)
        if "validate" in config:
            return c(fmt, dfmt, style, config["validate"])
        return c(fmt, dfmt, style)

    def configure_filter(self, config):
        if "()" in config:
            return self.configure_custom(config)
        return logging.Filter(config.get("name", ""))

    def add_filters(self, filterer, filters):
        for f in filters:
            try:
                filterer.addFilter(self.config["filters"][f])
            except Exception as e:
                raise ValueError("Unable to add filter %r" % f) from e

    def configure_handler(self, config):
        config = dict(config)
        formatter = config.pop("formatter", None)
        if formatter:
            try:
                formatter = self.config["formatters"][formatter]
            except Exception as e:
                raise ValueError("Unable to set formatter %r" % formatter) from e
        level = config.pop("level", None)
        filters = config.pop("filters", None)
        if "()" in config:
            c = config.pop("()")
            factory = c if callable(c) else self.resolve(c)
        else:
            klass = self.resolve(config.pop("class"))
            if issubclass(klass, logging.handlers.MemoryHandler) and "target" in config:
                target = config["target"]
                if target not in self.config["handlers"]:
                    if target in self._handler_configs and not self._deferring:
                        raise _Deferred()
                    raise ValueError("Unable to set target handler %r" % target)
                config["target"] = self.config["handlers"][target]
            factory = klass
        props = config.pop(".", None)
        kwargs = {k: self.convert(config[k]) for k in config if valid_ident(k)}
        result = factory(**kwargs)
        if formatter:
            result.setFormatter(formatter)
        if level is not None:
            result.setLevel(logging._checkLevel(level))
        if filters:
            self.add_filters(result, filters)
        if props:
            for name, value in props.items():
                setattr(result, name, value)
        return result

    def add_handlers(self, logger, handlers):
        for h in handlers:
            try:
                logger.addHandler(self.config["handlers"][h])
            except Exception as e:
                raise ValueError("Unable to add handler %r" % h) from e

    def common_logger_config(self, logger, config, incremental=False):
        level = config.get("level", None)
        if level is not None:
            logger.setLevel(logging._checkLevel(level))
        if not incremental:
            for h in logger.handlers[:]:
                logger.removeHandler(h)
            handlers = config.get("handlers", None)
            if handlers:
                self.add_handlers(logger, handlers)
            filters = config.get("filters", None)
            if filters:
                self.add_filters(logger, filters)

    def configure_logger(self, name, config, incremental=False):
        logger = logging.getLogger(name)
        self.common_logger_config(logger, config, incremental)
        logger.disabled = False
        propagate = config.get("propagate", None)
        if propagate is not None:
            logger.propagate = propagate

    def configure_root(self, config, incremental=False):
        self.common_logger_config(logging.getLogger(), config, incremental)


dictConfigClass = DictConfigurator


def dictConfig(config):
    dictConfigClass(config).configure()
