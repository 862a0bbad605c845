# json.loads of bytes and bytearray: the encoding is detected (UTF-8, -16,
# -32, with or without BOM); other types are a TypeError.
import json


def utf16(s, big=False, bom=False):
    order = 'big' if big else 'little'
    out = bytearray((b'\xfe\xff' if big else b'\xff\xfe') if bom else b'')
    for ch in s:
        c = ord(ch)
        if c < 0x10000:
            units = [c]
        else:
            units = [0xd800 + ((c - 0x10000) >> 10), 0xdc00 + ((c - 0x10000) & 0x3ff)]
        for u in units:
            out += u.to_bytes(2, order)
    return bytes(out)


def utf32(s, big=False, bom=False):
    order = 'big' if big else 'little'
    out = bytearray((b'\x00\x00\xfe\xff' if big else b'\xff\xfe\x00\x00') if bom else b'')
    for ch in s:
        out += ord(ch).to_bytes(4, order)
    return bytes(out)


text = '{"k\u00e9y": ["v\u00e4l", 1, 1.5, "\U0001f600"], "e": "\u20ac"}'
forms = {
    'utf-8': text.encode('utf-8'),
    'utf-8-sig': b'\xef\xbb\xbf' + text.encode('utf-8'),
    'utf-16-le': utf16(text), 'utf-16-be': utf16(text, big=True),
    'utf-16 bom le': utf16(text, bom=True), 'utf-16 bom be': utf16(text, big=True, bom=True),
    'utf-32-le': utf32(text), 'utf-32-be': utf32(text, big=True),
    'utf-32 bom le': utf32(text, bom=True), 'utf-32 bom be': utf32(text, big=True, bom=True),
}
for name, data in forms.items():
    v = json.loads(data)
    print(name, json.detect_encoding(data), v, json.loads(bytearray(data)) == v)
print(json.loads(b'1'), json.loads(b'12'), json.loads(b'7\x00'), json.loads(b'"x"'), json.loads(b' [] '))
print(json.detect_encoding(b'{}'), json.detect_encoding(b'\x00{'), json.detect_encoding(b'{\x00'),
      json.detect_encoding(b'\x00\x00\x00{'), json.detect_encoding(b'{\x00\x00\x00'),
      json.detect_encoding(b'\xef\xbb\xbf{}'), json.detect_encoding(b'\xff\xfe{\x00'))
for bad in [b'[\x001\x00]', b'[\x001\x00]\x00x', b'\xff\xfe[\x001\x00]', b'\x00[\x001\x00]\x00',
            b'[\x00\x00\x00\x00\x00\x11\x00', b'\x00\x00\x00[\x00\x00', b'"\xff"', b'[\x00\x00\x00']:
    try:
        print(json.loads(bad))
    except ValueError as e:
        print(type(e).__name__, e)
for bad in [1, None, [b'1'], {'a': 1}, 2.5]:
    try:
        json.loads(bad)
    except TypeError as e:
        print('TypeError', e)
try:
    json.loads('\ufeff[1]')
except json.JSONDecodeError as e:
    print(e, e.pos)
try:
    json.loads(b'[1, x]')
except json.JSONDecodeError as e:
    print(e, repr(e.doc))
