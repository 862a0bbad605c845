x = b"abc ъ"
