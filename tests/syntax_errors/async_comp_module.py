x = [a async for a in b]
