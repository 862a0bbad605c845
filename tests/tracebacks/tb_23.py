s = "abc"
print(s.upper().nope())
