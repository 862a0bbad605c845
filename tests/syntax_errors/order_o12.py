del f()
x = (
