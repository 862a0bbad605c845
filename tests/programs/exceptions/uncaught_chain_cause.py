def low():
    return {}["key"]
def high():
    try:
        low()
    except KeyError as e:
        raise ValueError("high failed") from e
print("before")
high()
