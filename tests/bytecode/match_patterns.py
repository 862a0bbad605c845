def f(subject):
    match subject:
        case [x, *_, y]:
            return x, y
        case {"k": v, **rest}:
            return v, rest
        case Point(a, b=c) | (a, c):
            return a, c
        case str() as s if s:
            return s
        case None:
            return None
