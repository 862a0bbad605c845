x = "ab\u12" + 1
