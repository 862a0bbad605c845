import hashlib

for name in ("sha1", "sha256", "sha512", "md5", "sha3_256"):
    print(name, hashlib.pbkdf2_hmac(name, b"password", b"salt", 1).hex())
    print(name, hashlib.pbkdf2_hmac(name, b"password", b"salt", 2000, dklen=50).hex())
print(hashlib.pbkdf2_hmac("sha256", b"p" * 100, b"s", 3, 7).hex())
print(hashlib.pbkdf2_hmac(hash_name="sha1", password=bytearray(b"pw"), salt=b"na", iterations=5).hex())
for bad in [lambda: hashlib.pbkdf2_hmac("sha1", b"p", b"s", 0),
            lambda: hashlib.pbkdf2_hmac("sha1", b"p", b"s", 1, dklen=0),
            lambda: hashlib.pbkdf2_hmac("nope", b"p", b"s", 1),
            lambda: hashlib.pbkdf2_hmac("sha1", "p", b"s", 1)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
