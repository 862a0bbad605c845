for s in ["hello world", "HELLO", "hElLo wOrLd", "they're bill's friends", "123abc", "ǆ", "ß", "", "a1b2 c3", "İ"]:
    print(repr(s), s.upper(), s.lower(), s.capitalize(), s.title(), s.swapcase(), s.casefold())
print("ﬃ".upper(), "ΣΑΣ".lower(), "σ".upper())
