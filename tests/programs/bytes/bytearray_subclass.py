class B(bytearray):
    pass
try:
    b = B(b'xy')
    print(type(b).__name__, b, len(b))
except Exception as e:
    print(type(e).__name__, e)
class C(bytearray):
    def __init__(self, data, tag):
        super().__init__(data)
        self.tag = tag
    def shout(self):
        return self.upper()
try:
    c = C(b'hi', 7)
    print(type(c).__name__, c, c.tag, c.shout(), isinstance(c, bytearray), c == b'hi', len(c), c + b'!')
except Exception as e:
    print(type(e).__name__, e)
