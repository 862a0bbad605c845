match point:
    case (x, y) | (x, z):
        pass
