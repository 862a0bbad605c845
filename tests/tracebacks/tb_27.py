def deep(n):
    if n == 0:
        return {}[n]
    return deep(n - 1)
deep(3)
