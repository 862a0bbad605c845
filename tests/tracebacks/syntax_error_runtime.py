def build(src):
    return compile(src, "<generated>", "exec")


build("total = (1 +\n  2) * 3 3\n")
