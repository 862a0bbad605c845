x = b"ab\x4" + 1
