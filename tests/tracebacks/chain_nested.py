class ConfigError(Exception):
    pass
def parse(text):
    try:
        return int(text)
    except ValueError as e:
        raise ConfigError(f"bad number {text!r}") from e
def load(items):
    out = []
    for item in items:
        try:
            out.append(parse(item))
        except ConfigError:
            out.append(undefined_fallback)
    return out
load(["1", "x"])
