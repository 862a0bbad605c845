match command:
    case [x]:
        pass
    case y:
        pass
    case 1:
        pass
