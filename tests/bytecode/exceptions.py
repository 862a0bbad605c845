# try/except/else/finally, raise forms, except with a name, and a return
# through finally.
def risky(x):
    try:
        if x < 0:
            raise ValueError("negative")
        r = 10 // x
    except ZeroDivisionError as e:
        raise RuntimeError("zero") from e
    except (TypeError, ValueError):
        raise
    else:
        return r
    finally:
        print("checked", x)


def cleanup():
    try:
        return 1
    finally:
        print("cleanup")
