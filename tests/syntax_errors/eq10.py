elif_ = [1, y = 2]
