x = 10
assert x < 5, "msg"
