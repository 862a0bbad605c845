# Captured names are bound in the order they were captured (a class
# namespace keeps that order), or-patterns in their first alternative's order.
class C:
    match (1, 2, (3, 4), {"k": 5}, 6):
        case (first, second, (third, fourth) | [fourth, third], {"k": fifth}, sixth) as whole:
            pass
print([k for k in vars(C) if not k.startswith('__')])
class D:
    match [1, [2, 3], 4]:
        case [a, [b, c] | (c, b), d]:
            pass
    match {"x": 1, "y": 2, "z": 3}:
        case {"x": p, **rest}:
            pass
    match (1, 2):
        case (q, r) | [r, q]:
            pass
print([k for k in vars(D) if not k.startswith('__')])
