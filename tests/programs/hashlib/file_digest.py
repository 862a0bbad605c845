import hashlib
import io

data = b"0123456789" * 50000
print(hashlib.file_digest(io.BytesIO(data), "sha256").hexdigest())
print(hashlib.file_digest(io.BytesIO(data), hashlib.md5).hexdigest())
print(hashlib.sha256(data).hexdigest())
try:
    hashlib.file_digest(io.StringIO("text"), "sha256")
except (ValueError, TypeError) as e:
    print(type(e).__name__)
