def f(x):
    try:
        print("try", x)
        if x == 1:
            raise ValueError("v")
        if x == 2:
            return "ret-in-try"
    except ValueError as e:
        print("except", e)
        return "ret-in-except"
    else:
        print("else")
        return "ret-in-else"
    finally:
        print("finally", x)
for i in range(3):
    print(f(i))
def override():
    try:
        return "try"
    finally:
        return "finally"
print(override())
def swallow():
    try:
        raise KeyError("k")
    finally:
        return "swallowed"
print(swallow())
def loop():
    out = []
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append("f%d" % i)
    return out
print(loop())
def fin_continue():
    out = []
    for i in range(3):
        try:
            raise ValueError(i)
        finally:
            out.append(i)
            continue
    return out
print(fin_continue())
def fin_break():
    while True:
        try:
            raise KeyError("x")
        finally:
            break
    return "broke out"
print(fin_break())
def nested():
    try:
        try:
            raise TypeError("inner")
        finally:
            print("inner finally")
    except TypeError as e:
        print("outer caught", e)
    finally:
        print("outer finally")
nested()
try:
    pass
except Exception:
    print("never")
else:
    print("else ran")
x = 0
while x < 3:
    try:
        x += 1
        if x == 2:
            continue
    finally:
        print("loop finally", x)
