match command.split():
    case [action]:
        pass
    case ["go", direction] | ["move", direction] if direction:
        pass
    case {"x": 1, "y": -2.5, **rest}:
        pass
    case Point(1, y=0) as p:
        pass
    case [1, *others] | (None, True, False, 3 + 4j, *_):
        pass
    case Color.RED | _:
        pass
