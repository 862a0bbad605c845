class Bad:
    def __eq__(self, other):
        raise ValueError("no")


def f(v):
    match v:
        case [1, 2]:
            pass
        case [x, Bad.inst]:
            pass


Bad.inst = Bad()
f([3, 4])
