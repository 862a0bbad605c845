x = f"{a b!r:>3}"
