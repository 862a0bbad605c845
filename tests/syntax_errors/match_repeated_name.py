match data:
    case [a, {"k": a}]:
        pass
