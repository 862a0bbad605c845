import uuid
u = uuid.UUID('12345678-1234-5678-1234-567812345678')
print(u, repr(u), u.hex, u.int, u.bytes, u.bytes_le, u.fields, u.version, u.variant, u.urn, u.time_low, u.node, u.clock_seq)
print(uuid.UUID('{12345678-1234-5678-1234-567812345678}') == u, uuid.UUID(int=u.int) == u, uuid.UUID(bytes=u.bytes) == u)
print(uuid.UUID(bytes_le=u.bytes_le) == u, uuid.UUID(fields=u.fields) == u, uuid.UUID('urn:uuid:12345678123456781234567812345678'))
print(uuid.uuid3(uuid.NAMESPACE_DNS, 'python.org'), uuid.uuid5(uuid.NAMESPACE_URL, 'http://x'))
r = uuid.uuid4(); print(r.version, r.variant == uuid.RFC_4122, len(str(r)))
t = uuid.uuid1(); print(t.version, t.variant)
print(sorted([uuid.UUID(int=5), uuid.UUID(int=2)]), uuid.UUID(int=1) < uuid.UUID(int=2), hash(u) == hash(uuid.UUID(str(u))))
for bad in ["zz", "1234", dict(int=-1), dict(hex=u.hex, int=1)]:
    try: uuid.UUID(**bad) if isinstance(bad, dict) else uuid.UUID(bad)
    except (ValueError, TypeError) as e: print(type(e).__name__, e)
print(uuid.NAMESPACE_OID, uuid.NAMESPACE_X500, uuid.RESERVED_NCS, uuid.RESERVED_MICROSOFT, uuid.RESERVED_FUTURE)
print(str(uuid.UUID(int=u.int, version=4)), uuid.UUID(u.hex).is_safe)
try: u.x = 1
except TypeError as e: print(e)
import copy; print(copy.copy(u) == u, f"{u}")
