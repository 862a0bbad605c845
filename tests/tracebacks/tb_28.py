obj = object()
obj.x = 1
