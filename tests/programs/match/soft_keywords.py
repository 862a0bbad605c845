# `match` and `case` stay ordinary names outside match statements.
match = 1
case = 2
print(match, case)
match = [10, 20]
print(match[0], match[1:])


def match(x):
    return f"called match({x})"


print(match(3))
print(match (4))


class case:
    x = "case.x"
    match = "case.match"


print(case.x, case.match)
case.y = 5
print(case.y)
match, case = case, match
print(match.x, case(5))
match = {"match": "case"}
print(match["match"])
match: int = 7
print(match)
match -1, 2
print([match for match in range(2)])
print({case: match for case, match in [(1, 2)]})
lambda match: match


def f(match, case=None):
    return match, case


print(f(match=1, case=2))

# Inside a match statement, `match` and `case` are names again in
# subjects, patterns and bodies.
match = {"case": 3}
match match:
    case {"case": case}:
        print("case captured", case)
        match = case
match match:
    case 3:
        print("match is now", match)

import re
print(re.match("a", "abc") is not None)

match_count = 0
for match_count in range(2):
    pass
print(match_count)

# A name `match` on a line ending with a colon in other statements.
if match:
    print("if match:")
while match:
    match -= 1
print(match)
for match in [1]:
    print("for match", match)
with open(__file__) as match:
    print("with as match", match.readline().strip()[:10])
try:
    pass
except match.__class__:
    pass

# `_` is only a wildcard in patterns.
_ = "underscore"
print(_)
match 5:
    case _:
        print("wildcard leaves _ alone:", _)
