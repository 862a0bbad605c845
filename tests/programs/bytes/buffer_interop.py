import copy
ba = bytearray(b'12')
print(int(ba), float(bytearray(b'1.5')), str(bytearray(b'abc'), 'utf-8'), str(memoryview(b'x'), 'ascii') if False else '', ascii(ba))
print(97 in memoryview(b'a'), list(reversed(bytearray(b'abc'))), copy.copy(ba), copy.deepcopy(1j), copy.copy(ba) is ba, sum(ba))
print(bytearray(b'abc') == memoryview(b'abc'), b'abc' == memoryview(b'abc'), memoryview(b'abc') == b'abc', [ba] == [bytearray(b'12')])
print(b''.join([memoryview(b'a'), bytearray(b'b')]), bytes(memoryview(b'xyz')[1:]), bytearray(memoryview(b'xyz')[::-1]))
print(int.from_bytes(memoryview(b'\x01\x02'), 'big'), bytes([1, 2]) + bytearray(b'\x03'), bytearray(b'a').__alloc__() > 0)
print(ba.isdigit(), ba.lower(), bytearray(b'A b').swapcase(), bytearray(b' a ').lstrip(), bytearray(b'x').ljust(3, b'.'))
print(isinstance(ba, (bytes, bytearray)), issubclass(bytearray, object), bytearray.__module__ if hasattr(bytearray, '__module__') else '', type(memoryview(b'')).__name__)
print(complex(bytearray(b'1') and 1), 1j.__hash__() == hash(1j), (1+2j).__eq__(1+2j), (1j).__ne__(2), (1j).__add__('x'), hasattr(1j, 'conjugate'))
s = set(); s.add(1j); s.add(complex(0, 1)); print(s, {1j: 'a', 1+0j: 'b', 1: 'c'})
import copy
class CC(complex):
    pass
c = copy.copy(CC(1, 2)); print(c, type(c).__name__, copy.deepcopy([bytearray(b'q'), 2j]), copy.copy(memoryview(b'a')).tobytes() if False else '')
