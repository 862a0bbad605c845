from __future__ import annotations, generator_stop, division
import __future__

for name in __future__.all_feature_names:
    f = getattr(__future__, name)
    print(name, f.getOptionalRelease(), f.getMandatoryRelease(), hex(f.compiler_flag))
print(repr(__future__.annotations))
print(__future__.CO_FUTURE_ANNOTATIONS, __future__.CO_NESTED)
print(sorted(k for k in __future__.__all__))


def g(x: int, y: "str" = "a") -> list:
    return [x, y]


print(g(1), sorted(g.__annotations__))
print(7 / 2)
