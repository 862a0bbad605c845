try:
    assert False
except AssertionError as e:
    print(repr(e), e.args)
try:
    assert 1 == 2, ("tuple", 1)
except AssertionError as e:
    print(repr(e), e.args)
assert True, "never evaluated " + undefined_name
print("ok")
