import os.path as P, os
os.environ["WEFT_X"] = "val"
for s in ["$WEFT_X/a", "${WEFT_X}b", "$NOPE_NOT_SET/x", "${NOPE_NOT_SET}", "a$", "$", "${WEFT_X", "$WEFT_X$WEFT_X", "x$1y", "plain"]:
    print(repr(s), repr(P.expandvars(s)))
for ps in [["/a/b/c", "/a/b/d"], ["/a/b", "/a/b"], ["a/b", "a/c"], ["/a", "/b"], ["a/./b", "a/b/c"], ["/"], ["a"], ["/a//b/", "/a/b/c"]]:
    print(ps, repr(P.commonpath(ps)))
for bad in [[], ["/a", "b"]]:
    try: P.commonpath(bad)
    except ValueError as e: print("ValueError", e)
print(P.normcase("A/B"), P.supports_unicode_filenames)
