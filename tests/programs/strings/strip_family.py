s = "\t  hello world \n "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print("xxhixx".strip("x"), "xyhiyx".strip("xy"), "abcba".lstrip("ab"), "abcba".rstrip("ab"))
print(repr("".strip()), repr("   ".strip()), "hello".strip(""), "aaa".strip("a") == "")
print("www.example.com".strip("cmowz."), "  x  ".strip(None))
print("prefix_body".removeprefix("prefix_"), "body_suffix".removesuffix("_suffix"), "ab".removeprefix("x"))
print(repr("\u3000x\u00a0".strip()))
